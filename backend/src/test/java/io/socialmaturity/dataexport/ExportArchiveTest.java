package io.socialmaturity.dataexport;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The export's ZIP and manifest, as plain functions. */
class ExportArchiveTest {

    static final Instant AT = Instant.parse("2026-12-07T15:30:12.345Z");

    @Test
    void theManifestCountsAndHashesEveryFile() {
        Tenant acme = new Tenant(1, "acme", "Acme", TenantKind.COMPANY, null, null, null, TenantStatus.ACTIVE);
        ExportFile abc = new ExportFile("a.json", "letters", 3, "abc".getBytes(StandardCharsets.UTF_8));
        ExportArchive.Manifest m = ExportArchive.manifest(acme, AT, "Anna", List.of(abc));
        assertEquals(ExportArchive.FORMAT_VERSION, m.formatVersion());
        assertEquals(new ExportArchive.TenantRef("acme", "Acme", TenantKind.COMPANY), m.tenant());
        assertEquals(
                List.of(new ExportArchive.FileEntry(
                        "a.json", "letters", 3, 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")),
                m.files());
    }

    @Test
    void theZipHoldsTheManifestFirstThenTheFilesInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportArchive.write(
                out,
                "{}".getBytes(StandardCharsets.UTF_8),
                List.of(
                        new ExportFile("b.csv", "b", 0, new byte[] {1, 2}),
                        new ExportFile("a.json", "a", 0, new byte[0])),
                AT);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(AT.toEpochMilli() / 2000, e.getLastModifiedTime().toMillis() / 2000, "stamped");
            }
        }
        assertEquals(List.of("manifest.json", "b.csv", "a.json"), names);
    }

    @Test
    void theFilenameIsTheAliasAndTheMinuteInUtc() {
        assertEquals("acme-export-20261207T1530Z.zip", ExportArchive.filename("acme", AT));
        assertEquals("a-b-export-20261207T1530Z.zip", ExportArchive.filename("a\"b", AT));
    }
}
