package io.socialmaturity.mail;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a template of {@code mail/templates} ({@code <name>.properties} in English, {@code <name>_it.properties}
 * in Italian; UTF-8; keys {@code subject}, {@code heading}, {@code body} with paragraphs separated by a blank line,
 * optional {@code button} pointing at the model's {@code link}, optional {@code footer}) into the one branded
 * layout ({@link MailLayout}). {@code {key}} placeholders take the model's values (HTML-escaped in the HTML part);
 * a placeholder without a value, an unknown template or a missing key is refused: no mail goes out half-filled.
 */
@Singleton
class MailTemplates {

    static final String FOLDER = "mail/templates/";
    static final List<String> REQUIRED = List.of("subject", "heading", "body");
    static final List<String> KEYS = List.of("subject", "heading", "body", "button", "footer");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    private final Map<String, Properties> cache = new ConcurrentHashMap<>();

    /** Renders the template in the language ({@code it} → Italian, anything else → English). */
    RenderedMail render(String template, Locale locale, Map<String, String> model) {
        Properties t = load(template, locale);
        String subject = fill(t.getProperty("subject"), model, false);
        String heading = t.getProperty("heading");
        List<String> paragraphs = List.of(t.getProperty("body").strip().split("\\n\\s*\\n"));
        String button = t.getProperty("button");
        String footer = t.getProperty("footer");
        String link = button == null ? null : model.get("link");
        if (button != null && (link == null || link.isBlank())) {
            throw new IllegalArgumentException("template " + template + " has a button but the model has no link");
        }
        return new RenderedMail(
                subject.replaceAll("[\\r\\n]+", " "),
                MailLayout.html(
                        language(locale),
                        fill(heading, model, true),
                        paragraphs.stream().map(p -> fill(p, model, true)).toList(),
                        button == null ? null : fill(button, model, true),
                        link,
                        footer == null ? null : fill(footer, model, true)),
                MailLayout.text(
                        fill(heading, model, false),
                        paragraphs.stream().map(p -> fill(p, model, false)).toList(),
                        button == null ? null : fill(button, model, false),
                        link,
                        footer == null ? null : fill(footer, model, false)));
    }

    /** The placeholders a template's file uses, in order of appearance. */
    static Set<String> placeholders(Properties template) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : KEYS) {
            String v = template.getProperty(key);
            if (v != null) {
                Matcher m = PLACEHOLDER.matcher(v);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    Properties load(String template, Locale locale) {
        String file = FOLDER + template + ("it".equals(language(locale)) ? "_it" : "") + ".properties";
        return cache.computeIfAbsent(file, MailTemplates::read);
    }

    static Properties read(String file) {
        if (!file.matches("mail/templates/[a-z0-9-]+(_it)?\\.properties")) {
            throw new IllegalArgumentException("not a template name: " + file);
        }
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no such template: " + file);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key : REQUIRED) {
                if (p.getProperty(key) == null || p.getProperty(key).isBlank()) {
                    throw new IllegalArgumentException("template " + file + " has no " + key);
                }
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String language(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? "it" : "en";
    }

    static String fill(String text, Map<String, String> model, boolean html) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String value = model.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for placeholder {" + m.group(1) + "}");
            }
            String before = text.substring(last, m.start());
            out.append(html ? MailLayout.escape(before) : before).append(html ? MailLayout.escape(value) : value);
            last = m.end();
        }
        String rest = text.substring(last);
        return out.append(html ? MailLayout.escape(rest) : rest).toString();
    }
}
