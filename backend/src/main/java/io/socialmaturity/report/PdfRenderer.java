package io.socialmaturity.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns a Thymeleaf template (XHTML + print CSS under {@code report/templates/}) and its data into a PDF with
 * openhtmltopdf. Texts come from {@code report/messages*.properties} in the template's language; charts are
 * inline SVG, drawn into the PDF as vectors by Batik; DejaVu Sans is embedded (subset) so any name a tenant
 * types prints, accents included. Every report (the assessment report, a consultant's comparison) is a template
 * rendered through the same method, reusing the fragments of {@code report/templates/fragments.html}.
 */
@Singleton
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final TemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer() {
        // openhtmltopdf logs every rendering step at INFO through java.util.logging: keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("report/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setMessageResolver(new ReportMessages());
        regular = resource("report/fonts/DejaVuSans.ttf");
        bold = resource("report/fonts/DejaVuSans-Bold.ttf");
    }

    /** The template filled in with {@code variables} in {@code locale}, as XHTML (what the PDF is drawn from). */
    String html(String template, Locale locale, Map<String, Object> variables) {
        return templates.process(template, new Context(locale, variables));
    }

    /** The PDF of the template filled in with {@code variables} in {@code locale}. */
    byte[] pdf(String template, Locale locale, Map<String, Object> variables) {
        String html = html(template, locale, variables);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
