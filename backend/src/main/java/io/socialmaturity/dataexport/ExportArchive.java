package io.socialmaturity.dataexport;

import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The export's ZIP (plain functions): {@code manifest.json} first, then every file in the manifest's order. The
 * manifest names the tenant, when and by whom the export was made, the format's version and, per file, its row count,
 * size and SHA-256 (of the file's bytes as stored in the ZIP), so a reader can check that nothing is missing or
 * altered.
 */
final class ExportArchive {

    /** The version of the export's layout; raised when a file or a column changes meaning or disappears. */
    static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";

    static final String CONTENT_TYPE = "application/zip";

    private ExportArchive() {}

    @Serdeable
    record Manifest(
            int formatVersion, TenantRef tenant, Instant generatedAt, String generatedBy, List<FileEntry> files) {}

    @Serdeable
    record TenantRef(String alias, String name, TenantKind kind) {}

    @Serdeable
    record FileEntry(String name, String description, int rows, long bytes, String sha256) {}

    static Manifest manifest(Tenant tenant, Instant generatedAt, String generatedBy, List<ExportFile> files) {
        return new Manifest(
                FORMAT_VERSION,
                new TenantRef(tenant.alias(), tenant.name(), tenant.kind()),
                generatedAt,
                generatedBy,
                files.stream()
                        .map(f -> new FileEntry(
                                f.name(), f.description(), f.rows(), f.content().length, sha256(f.content())))
                        .toList());
    }

    /** Writes the ZIP to {@code out} without closing it: the manifest, then the files, each stamped {@code at}. */
    static void write(OutputStream out, byte[] manifest, List<ExportFile> files, Instant at) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, MANIFEST, manifest, at);
        for (ExportFile f : files) {
            entry(zip, f.name(), f.content(), at);
        }
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, Instant at) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FileTime.from(at));
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The download's name: the tenant's alias (letters, digits, dashes) and the time, e.g. acme-export-20261207T1530Z.zip. */
    static String filename(String alias, Instant at) {
        String safe = alias.replaceAll("[^A-Za-z0-9-]", "-");
        String stamp = at.toString().replaceAll("[-:]", "").replaceAll("\\.\\d+", "");
        return safe + "-export-" + stamp.substring(0, Math.min(stamp.length(), 13)) + "Z.zip";
    }
}
