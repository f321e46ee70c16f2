package io.socialmaturity.report;

import java.util.List;
import java.util.Locale;
import org.unbescape.xml.XmlEscape;

/**
 * A radar (spider) chart as SVG: one axis per dimension, 0–100 from the centre, rings every 20 points, and
 * one closed polygon per series. The SVG is placed inline in a report template and drawn as vectors. Labels
 * are XML-escaped (unbescape, which Thymeleaf brings); every number is written with a dot whatever the locale.
 */
final class RadarChart {

    /** One series: its values per axis (0–100, {@code null} = no value, drawn at the centre) and its colours. */
    record Series(List<Double> values, String stroke, String fill, boolean dashed) {}

    private static final double WIDTH = 640;
    private static final double HEIGHT = 300;
    private static final double CX = WIDTH / 2;
    private static final double CY = HEIGHT / 2;
    private static final double RADIUS = 115;

    private RadarChart() {}

    /** The chart, {@code widthMm} wide on the page (its height follows). */
    static String svg(List<String> labels, List<Series> series, double widthMm) {
        int n = labels.size();
        if (n < 3) {
            throw new IllegalArgumentException("a radar needs at least three axes");
        }
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(f(widthMm))
                .append("mm\" height=\"")
                .append(f(widthMm * HEIGHT / WIDTH))
                .append("mm\" viewBox=\"0 0 ")
                .append(f(WIDTH))
                .append(' ')
                .append(f(HEIGHT))
                .append("\">");
        for (int ring = 20; ring <= 100; ring += 20) {
            double[] values = new double[n];
            java.util.Arrays.fill(values, ring);
            s.append("<polygon points=\"")
                    .append(points(values))
                    .append("\" fill=\"none\" stroke=\"")
                    .append(ring == 100 ? "#9aa5b1" : "#d9dee3")
                    .append("\" stroke-width=\"0.8\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = xy(i, n, 100);
            s.append("<line x1=\"")
                    .append(f(CX))
                    .append("\" y1=\"")
                    .append(f(CY))
                    .append("\" x2=\"")
                    .append(f(end[0]))
                    .append("\" y2=\"")
                    .append(f(end[1]))
                    .append("\" stroke=\"#d9dee3\" stroke-width=\"0.8\"/>");
        }
        for (int ring = 20; ring <= 100; ring += 40) {
            s.append("<text x=\"")
                    .append(f(CX + 3))
                    .append("\" y=\"")
                    .append(f(CY - ring * RADIUS / 100 + 9))
                    .append("\" font-family=\"")
                    .append(PdfRenderer.FONT_FAMILY)
                    .append("\" font-size=\"7\" fill=\"#7b8794\">")
                    .append(ring)
                    .append("</text>");
        }
        for (Series serie : series) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                Double v = i < serie.values().size() ? serie.values().get(i) : null;
                values[i] = v == null ? 0 : Math.max(0, Math.min(100, v));
            }
            s.append("<polygon points=\"")
                    .append(points(values))
                    .append("\" fill=\"")
                    .append(serie.fill())
                    .append("\" fill-opacity=\"0.25\" stroke=\"")
                    .append(serie.stroke())
                    .append("\" stroke-width=\"2\"")
                    .append(serie.dashed() ? " stroke-dasharray=\"5 3\"" : "")
                    .append("/>");
        }
        for (int i = 0; i < n; i++) {
            double[] at = xy(i, n, 112);
            String anchor = Math.abs(at[0] - CX) < 4 ? "middle" : at[0] > CX ? "start" : "end";
            double dy = at[1] < CY - 4 ? -2 : at[1] > CY + 4 ? 9 : 3;
            s.append("<text x=\"")
                    .append(f(at[0]))
                    .append("\" y=\"")
                    .append(f(at[1] + dy))
                    .append("\" text-anchor=\"")
                    .append(anchor)
                    .append("\" font-family=\"")
                    .append(PdfRenderer.FONT_FAMILY)
                    .append("\" font-size=\"9.5\" fill=\"#1f2933\">")
                    .append(escape(labels.get(i)))
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String points(double[] values) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double[] at = xy(i, values.length, values[i]);
            p.append(i == 0 ? "" : " ").append(f(at[0])).append(',').append(f(at[1]));
        }
        return p.toString();
    }

    private static double[] xy(int index, int count, double value) {
        double angle = 2 * Math.PI * index / count - Math.PI / 2;
        double r = value / 100 * RADIUS;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return XmlEscape.escapeXml10(text);
    }
}
