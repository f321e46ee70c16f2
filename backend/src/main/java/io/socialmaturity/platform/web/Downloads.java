package io.socialmaturity.platform.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;

/** The answer of a file download: the bytes as an attachment with its name, never kept by a shared cache. */
public final class Downloads {

    private Downloads() {}

    /** {@code body} as an attachment named {@code filename} (ASCII, no quotes) of this content type. */
    public static HttpResponse<byte[]> attachment(byte[] body, String contentType, String filename) {
        return HttpResponse.ok(body)
                .contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /**
     * A body written straight into the response as the server sends it (e.g. a ZIP written entry by entry), named
     * and cached like {@link #attachment(byte[], String, String)}. Everything that can fail with a problem must be
     * checked before: once the writer runs, the status is sent.
     */
    public static HttpResponse<Writable> streamed(Writable body, String contentType, String filename) {
        return HttpResponse.<Writable>ok(body)
                .contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
