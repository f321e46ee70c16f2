package io.socialmaturity.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The reports' texts: {@code report/messages.properties} (English) and {@code report/messages_it.properties},
 * one bundle for every report template. No fallback to the JVM's default locale: a language the product does
 * not speak gets English. A missing key shows as {@code ??key??} and fails the tests that extract the text. Every text goes
 * through {@link MessageFormat}, so an apostrophe is written twice ({@code ''}) in every message.
 */
final class ReportMessages extends AbstractMessageResolver {

    static final String BUNDLE = "report.messages";

    ReportMessages() {
        setName("report-messages");
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String text(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        try {
            return text(context.getLocale(), key, messageParameters == null ? new Object[0] : messageParameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return "??" + key + "??";
    }
}
