package io.socialmaturity.framework.definition;

import java.util.Objects;

/**
 * One answer a respondent can pick.
 *
 * @param key   unique within its question, e.g. {@code "frequent"}
 * @param score 0–100, integer (integers keep sums exact, so results never depend on the order of
 *              respondents)
 * @param label the observable state the option describes
 */
public record AnswerOption(String key, int score, LocalizedText label) {
    public AnswerOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
