package io.socialmaturity.framework.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a question is answered. Only {@link #SINGLE_CHOICE} exists today: the respondent picks one
 * option, each option carries a score 0–100. Every question also accepts "don't know / not
 * applicable" implicitly (see {@link FrameworkDefinition#notApplicableLabel()}), which is never
 * scored.
 */
public enum QuestionType {
    SINGLE_CHOICE("single_choice");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
