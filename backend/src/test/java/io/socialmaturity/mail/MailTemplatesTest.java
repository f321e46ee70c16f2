package io.socialmaturity.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template file under mail/templates (also those added by other features) renders in English and Italian:
 * both files exist, carry the required keys and no unknown one, use the same placeholders, and leave none
 * unreplaced; values are HTML-escaped in the HTML part only.
 */
class MailTemplatesTest {

    static final Path FOLDER = Path.of("src/main/resources/mail/templates");
    static final Path PREVIEW = Path.of("target/mail-preview");

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyTemplateRendersInBothLanguagesWithEveryPlaceholderReplaced() throws IOException {
        List<String> names = templateNames();
        assertTrue(names.contains("assessment-invitation"), "found: " + names);
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!Files.exists(FOLDER.resolve(name + "_it.properties"))) {
                problems.add(name + ": no Italian file " + name + "_it.properties");
                continue;
            }
            try {
                Properties en = templates.load(name, Locale.ENGLISH);
                Properties it = templates.load(name, Locale.ITALIAN);
                for (Properties p : List.of(en, it)) {
                    for (String key : p.stringPropertyNames()) {
                        if (!MailTemplates.KEYS.contains(key)) {
                            problems.add(name + ": unknown key " + key);
                        }
                    }
                }
                if (en.containsKey("button") != it.containsKey("button")) {
                    problems.add(name + ": a button in one language only");
                }
                if (!MailTemplates.placeholders(en).equals(MailTemplates.placeholders(it))) {
                    problems.add(name + ": placeholders differ, en " + MailTemplates.placeholders(en) + ", it "
                            + MailTemplates.placeholders(it));
                }
                Map<String, String> model = new LinkedHashMap<>();
                MailTemplates.placeholders(en).forEach(k -> model.put(k, "<" + k + "&>"));
                model.put("link", "https://app.example/x?a=1&b=2");
                for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                    RenderedMail m = templates.render(name, locale, model);
                    for (String part : List.of(m.subject(), m.html(), m.text())) {
                        if (MailTemplates.PLACEHOLDER.matcher(part).find()) {
                            problems.add(name + " (" + locale + "): unreplaced placeholder in " + part);
                        }
                    }
                    assertFalse(m.html().contains("<link&>"), "values are escaped in the HTML part");
                    if (model.size() > 1) {
                        assertTrue(m.html().contains("&lt;"), name + ": escaped value in the HTML part");
                        assertTrue(m.text().contains("&>"), name + ": raw value in the text part");
                    }
                    if (en.containsKey("button")) {
                        assertTrue(m.html().contains("href=\"https://app.example/x?a=1&amp;b=2\""), name);
                        assertTrue(m.text().contains("https://app.example/x?a=1&b=2"), name);
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anItalianFileWithoutItsEnglishOneIsAnError() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith("_it.properties"))
                    .forEach(f -> assertTrue(
                            Files.exists(FOLDER.resolve(f.replace("_it.properties", ".properties"))),
                            f + " has no English file"));
        }
    }

    @Test
    void theInvitationReadsInTheRecipientsLanguage() throws IOException {
        Map<String, String> model = Map.of(
                "name", "Maria",
                "inviter", "Anna Admin",
                "company", "Acme",
                "assessment", "Q3 2026",
                "link", "http://localhost:8080/assessments/7/questionnaire");
        RenderedMail en = templates.render("assessment-invitation", Locale.ENGLISH, model);
        RenderedMail it = templates.render("assessment-invitation", Locale.forLanguageTag("it-IT"), model);
        // previews to open in a browser
        Files.createDirectories(PREVIEW);
        Files.writeString(PREVIEW.resolve("assessment-invitation_en.html"), en.html());
        Files.writeString(PREVIEW.resolve("assessment-invitation_it.html"), it.html());
        assertEquals("Your input for \"Q3 2026\" at Acme", en.subject());
        assertEquals("Il tuo contributo a \"Q3 2026\" di Acme", it.subject());
        assertTrue(it.html().startsWith("<!DOCTYPE html><html lang=\"it\">"));
        assertTrue(it.html().contains("Apri il mio questionario"));
        assertTrue(en.text().contains("Open my questionnaire: http://localhost:8080/assessments/7/questionnaire"));
        assertTrue(en.html().contains("&quot;Q3 2026&quot;"));
    }

    @Test
    void aMissingValueOrAnUnknownTemplateIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> templates.render("assessment-invitation", Locale.ENGLISH, Map.of("link", "x")));
        assertThrows(IllegalArgumentException.class, () -> templates.render("no-such", Locale.ENGLISH, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("../x", Locale.ENGLISH, Map.of()));
    }

    static List<String> templateNames() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".properties") && !f.endsWith("_it.properties"))
                    .map(f -> f.substring(0, f.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }
}
