package io.socialmaturity.report;

import static org.junit.jupiter.api.Assertions.*;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The report's texts exist in every language, parse as MessageFormat patterns, and nothing falls back silently. */
class ReportMessagesTest {

    @Test
    void englishAndItalianHaveTheSameKeys() {
        Set<String> en = keys(Locale.ENGLISH);
        Set<String> it = keys(Locale.ITALIAN);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(it);
        Set<String> onlyIt = new TreeSet<>(it);
        onlyIt.removeAll(en);
        assertEquals(Set.of(), onlyEn, "missing in Italian");
        assertEquals(Set.of(), onlyIt, "missing in English");
    }

    @Test
    void everyTextIsAValidPatternAndApostrophesAreDoubled() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            ResourceBundle bundle = ReportMessages.bundle(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                String formatted = new MessageFormat(pattern, locale).format(new Object[] {1, 2, 3, 4});
                if (pattern.contains("'")) {
                    assertTrue(formatted.contains("'"), key + ": a single apostrophe would be swallowed");
                }
            }
        }
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertEquals("Executive summary", ReportMessages.text(Locale.GERMAN, "summary.title"));
            assertEquals("Sintesi", ReportMessages.text(Locale.ITALIAN, "summary.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void choicesAgreeWithTheCount() {
        assertEquals("1 level short (10.0 pts)", ReportMessages.text(Locale.ENGLISH, "dimension.gapLevels", 1, "10.0"));
        assertEquals(
                "2 levels short (30.0 pts)", ReportMessages.text(Locale.ENGLISH, "dimension.gapLevels", 2, "30.0"));
        assertEquals(
                "mancano 2 livelli (30,0 pt)", ReportMessages.text(Locale.ITALIAN, "dimension.gapLevels", 2, "30,0"));
    }

    /** The keys of one file itself (a bundle's keySet would include its English parent's). */
    private static Set<String> keys(Locale locale) {
        String file =
                "report/messages" + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties properties = new Properties();
        try (var in = ReportMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(
                    java.util.Objects.requireNonNull(in, file), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
