package io.socialmaturity.mail;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The one branded layout of every email: a brand bar, the heading, the paragraphs, a button and a small footer,
 * as table-based HTML with inline styles (what mail clients render), and the same content as plain text.
 * Texts arrive already escaped for HTML ({@link MailTemplates#fill}).
 */
final class MailLayout {

    static final String BRAND = "Social Maturity";
    private static final String ACCENT = "#1f5fa8";

    private MailLayout() {}

    static String html(
            String lang,
            String heading,
            List<String> paragraphs,
            @Nullable String button,
            @Nullable String link,
            @Nullable String footer) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"")
                .append(lang)
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(heading)
                .append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f3f5f8;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"background:#f3f5f8;padding:24px 12px;\"><tr><td align=\"center\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" ")
                .append("style=\"max-width:560px;background:#ffffff;border-radius:8px;")
                .append("font-family:Arial,Helvetica,sans-serif;color:#1d2430;\">")
                .append("<tr><td style=\"background:")
                .append(ACCENT)
                .append(";color:#ffffff;padding:16px 24px;border-radius:8px 8px 0 0;font-size:18px;")
                .append("font-weight:bold;\">")
                .append(BRAND)
                .append("</td></tr>")
                .append("<tr><td style=\"padding:24px;\">")
                .append("<h1 style=\"margin:0 0 16px;font-size:22px;line-height:1.3;\">")
                .append(heading)
                .append("</h1>");
        for (String p : paragraphs) {
            b.append("<p style=\"margin:0 0 14px;font-size:16px;line-height:1.5;\">")
                    .append(p.replace("\n", "<br>"))
                    .append("</p>");
        }
        if (button != null && link != null) {
            b.append("<p style=\"margin:24px 0;\"><a href=\"")
                    .append(escape(link))
                    .append("\" style=\"display:inline-block;background:")
                    .append(ACCENT)
                    .append(";color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;")
                    .append("font-size:16px;font-weight:bold;\">")
                    .append(button)
                    .append("</a></p>")
                    .append("<p style=\"margin:0 0 14px;font-size:13px;color:#5b6472;word-break:break-all;\">")
                    .append(escape(link))
                    .append("</p>");
        }
        b.append("</td></tr>");
        if (footer != null) {
            b.append("<tr><td style=\"padding:16px 24px;border-top:1px solid #e3e7ed;font-size:13px;")
                    .append("color:#5b6472;line-height:1.4;\">")
                    .append(footer.replace("\n", "<br>"))
                    .append("</td></tr>");
        }
        b.append("</table></td></tr></table></body></html>");
        return b.toString();
    }

    static String text(
            String heading,
            List<String> paragraphs,
            @Nullable String button,
            @Nullable String link,
            @Nullable String footer) {
        StringBuilder b =
                new StringBuilder(BRAND).append("\n\n").append(heading).append("\n\n");
        for (String p : paragraphs) {
            b.append(p).append("\n\n");
        }
        if (button != null && link != null) {
            b.append(button).append(": ").append(link).append("\n\n");
        }
        if (footer != null) {
            b.append("--\n").append(footer).append("\n");
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
