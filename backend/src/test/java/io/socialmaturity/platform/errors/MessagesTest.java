package io.socialmaturity.platform.errors;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem texts exist in English and Italian with the same placeholders, and every key the code names is in both
 * bundles: a key missing in either language fails here, not in front of a user.
 */
class MessagesTest {

    /** A key as the code writes it: "problem.last-admin", "{violation.business-function}", "title.conflict". */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"\\{?((?:problem|violation|title)\\.[A-Za-z0-9.-]*[A-Za-z0-9])}?\"");

    @Test
    void englishAndItalianHaveTheSameKeysAndPlaceholders() {
        Properties en = load("i18n/problems.properties");
        Properties it = load("i18n/problems_it.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(it.stringPropertyNames());
        Set<String> onlyIt = new TreeSet<>(it.stringPropertyNames());
        onlyIt.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "missing in Italian");
        assertEquals(Set.of(), onlyIt, "missing in English");
        Map<String, String> differing = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            if (!Messages.placeholders(en.getProperty(key)).equals(Messages.placeholders(it.getProperty(key)))) {
                differing.put(key, en.getProperty(key) + " | " + it.getProperty(key));
            }
            assertFalse(it.getProperty(key).isBlank(), key);
        }
        assertEquals(Map.of(), differing, "placeholders differ");
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
        Properties en = load("i18n/problems.properties");
        Properties it = load("i18n/problems_it.properties");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    String key = m.group(1);
                    if (!en.containsKey(key) || !it.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 20, "the scan finds the keys the code names: " + found);
        assertEquals(Set.of(), missing, "keys the code names but a bundle lacks");
    }

    @Test
    void theVocabularysMessagesListTheVocabulary() {
        assertEquals(
                "must be one of " + String.join(", ", io.socialmaturity.vocabulary.Vocabulary.BUSINESS_FUNCTIONS),
                Messages.text(Locale.ENGLISH, "violation.business-function"));
        assertEquals(
                "must be one of " + String.join(", ", io.socialmaturity.vocabulary.Vocabulary.INDUSTRIES),
                Messages.text(Locale.ENGLISH, "violation.industry"));
        assertEquals(
                "must be one of " + String.join(", ", io.socialmaturity.vocabulary.Vocabulary.SIZE_BANDS),
                Messages.text(Locale.ENGLISH, "violation.size-band"));
        assertTrue(Messages.text(Locale.ITALIAN, "violation.industry")
                .endsWith(String.join(", ", io.socialmaturity.vocabulary.Vocabulary.INDUSTRIES)));
        assertTrue(Messages.text(Locale.ITALIAN, "violation.size-band")
                .endsWith(String.join(", ", io.socialmaturity.vocabulary.Vocabulary.SIZE_BANDS)));
        assertTrue(Messages.text(Locale.ITALIAN, "violation.business-function")
                .endsWith(String.join(", ", io.socialmaturity.vocabulary.Vocabulary.BUSINESS_FUNCTIONS)));
    }

    @Test
    void theScanCatchesAMissingKey() {
        Matcher m = KEY_LITERAL.matcher("throw new ConflictException(\"last-admin\", \"problem.no-such-key\");");
        assertTrue(m.find());
        assertEquals("problem.no-such-key", m.group(1));
        assertFalse(load("i18n/problems.properties").containsKey(m.group(1)));
    }

    @Test
    void textsFillArgumentsAndAttributesInTheRequestedLanguage() {
        assertEquals("must be between 1 and 200", Messages.text(Locale.ENGLISH, "violation.between", 1, 200));
        assertEquals("deve essere tra 1 e 200", Messages.text(Locale.ITALIAN, "violation.between", 1, 200));
        assertEquals(
                "non deve essere vuoto",
                Messages.text(Locale.forLanguageTag("it-IT"), "jakarta.validation.constraints.NotBlank.message"));
        assertEquals(
                "size must be between 0 and 64",
                Messages.text(
                        Locale.ENGLISH, "jakarta.validation.constraints.Size.message", Map.of("min", 0, "max", 64)));
        // a language the product does not speak gets English, whatever the machine's locale
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertEquals(
                    "must not be blank",
                    Messages.text(Locale.GERMAN, "jakarta.validation.constraints.NotBlank.message"));
        } finally {
            Locale.setDefault(before);
        }
        // an apostrophe is plain text; an unknown key shows as itself
        assertTrue(Messages.text(Locale.ITALIAN, "problem.forbidden.tenant-disabled")
                .startsWith("L'accesso"));
        assertEquals("problem.nope", Messages.text(Locale.ENGLISH, "problem.nope"));
    }

    @Test
    void domainExceptionsSpeakEnglishInLogsAndTheAskedLanguageToClients() {
        ConflictException e = new ConflictException("wrong-status", "problem.forbidden.needs-tenant");
        assertEquals("This call needs a tenant: sign in as a member of a company or consultancy.", e.getMessage());
        assertTrue(e.detail(Locale.ITALIAN).startsWith("Questa chiamata"));
        InvalidException invalid = InvalidException.field("size", "violation.between", 1, 200);
        assertEquals(List.of(FieldError.of("size", "violation.between", "1", "200")), invalid.fields());
        assertEquals("must be between 1 and 200", invalid.getMessage());
        assertEquals(
                "firstAdmin.size",
                InvalidException.fields(invalid.fields())
                        .prefixed("firstAdmin.")
                        .fields()
                        .get(0)
                        .field());
        assertEquals(
                "violation.http-link",
                Messages.keyOfEnglish("must be an http(s) link").orElseThrow());
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
