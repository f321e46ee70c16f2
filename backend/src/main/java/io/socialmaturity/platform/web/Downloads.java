package io.socialmaturity.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import java.io.InputStream;

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
     * A body sent as it is written (a {@link StreamedBody}, e.g. the tenant export's ZIP), named and uncached like
     * {@link #attachment(byte[], String, String)}. Everything that can be refused must be checked before: once the
     * body flows, the status has been sent.
     */
    public static HttpResponse<InputStream> streamed(InputStream body, String contentType, String filename) {
        return HttpResponse.<InputStream>ok(body)
                .contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
