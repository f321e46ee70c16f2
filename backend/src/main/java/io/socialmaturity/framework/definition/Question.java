package io.socialmaturity.framework.definition;

import java.util.List;
import java.util.Objects;

/**
 * A question of a dimension.
 *
 * @param key         unique in the whole framework, e.g. {@code "aln.collab_frequency"}
 * @param type        how it is answered
 * @param weight      relative weight inside its dimension, &gt; 0
 * @param perspective whether it asks about the company or the respondent's own function
 * @param audience    the business functions it is meant for (the questionnaire shows it to them;
 *                    per-respondent coverage is measured against it)
 * @param title       short title (for reports and heat-maps)
 * @param text        the question itself
 * @param help        guidance for the respondent: what counts, where to look
 * @param options     the answer options, in display order (lowest maturity first by convention)
 */
public record Question(
        String key,
        QuestionType type,
        double weight,
        Perspective perspective,
        List<BusinessFunction> audience,
        LocalizedText title,
        LocalizedText text,
        LocalizedText help,
        List<AnswerOption> options) {

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(perspective, "perspective");
        audience = List.copyOf(audience);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
    }

    /** Whether a respondent of {@code function} is meant to answer this question. */
    public boolean isFor(BusinessFunction function) {
        return audience.contains(function);
    }
}
