package io.socialmaturity.framework.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure published by a study (e.g. "26% of IT departments report frequent collaboration with
 * marketing") and how to compute the company's own figure for comparison: the share of the
 * company's respondents of the {@code compareWith} functions whose answer to {@code question} is
 * one of {@code options}.
 *
 * @param key         unique, e.g. {@code "oracle.collab.frequent.it"}
 * @param value       the published percentage, 0–100
 * @param population  who the study asked
 * @param question    key of the question that asks the same thing
 * @param options     option keys of that question that count as the published answer
 * @param compareWith the company's respondents to compare: their business functions
 * @param better      which direction is favourable for the company (for colouring, not scoring)
 * @param source      where the figure comes from
 * @param text        the figure as a sentence
 */
public record PublishedFigure(
        String key,
        double value,
        Population population,
        String question,
        List<String> options,
        List<BusinessFunction> compareWith,
        Direction better,
        Source source,
        LocalizedText text) {

    public PublishedFigure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        compareWith = List.copyOf(compareWith);
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** Who a study asked. */
    public enum Population {
        IT("it"),
        MARKETING("marketing"),
        CIO("cio"),
        CMO("cmo"),
        CIO_AND_CMO("cio_and_cmo");

        private final String key;

        Population(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Population> fromKey(String key) {
            return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
        }
    }

    /** Whether a company figure above the published one is good news or bad news. */
    public enum Direction {
        HIGHER("higher"),
        LOWER("lower");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Direction> fromKey(String key) {
            return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
        }
    }

    /**
     * The study behind a figure.
     *
     * @param title      study title, e.g. "Socially Driven Collaboration"
     * @param publisher  who published it, e.g. "Oracle"
     * @param year       publication year
     * @param sample     who was asked, e.g. "662 marketing and 263 IT leaders"
     * @param reportedIn where the figure was reported (article, press release), may be {@code null}
     */
    public record Source(
            String title,
            String publisher,
            int year,
            String sample,
            @Nullable String reportedIn) {
        public Source {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(sample, "sample");
        }
    }
}
