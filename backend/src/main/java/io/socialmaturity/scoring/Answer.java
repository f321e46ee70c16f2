package io.socialmaturity.scoring;

import java.util.Objects;

/**
 * One respondent's answer to one question: either an option of the question, or "don't know /
 * not applicable". A question a respondent has not answered simply has no {@code Answer}.
 *
 * <p>"Not applicable" is a real answer (it counts towards the respondent's completion) but it is
 * never scored: it leaves the denominator instead of counting as zero.
 *
 * @param questionKey   the question, e.g. {@code "aln.collab_frequency"}
 * @param optionKey     the chosen option, e.g. {@code "frequent"}; {@code null} iff not applicable
 * @param notApplicable whether the respondent answered "don't know / not applicable"
 */
public record Answer(String questionKey, String optionKey, boolean notApplicable) {

    public Answer {
        Objects.requireNonNull(questionKey, "questionKey");
        if (notApplicable == (optionKey != null)) {
            throw new IllegalArgumentException(
                    "an answer to '" + questionKey + "' is either an option or not applicable, not both or neither");
        }
    }

    /** The respondent chose {@code optionKey}. */
    public static Answer choice(String questionKey, String optionKey) {
        return new Answer(questionKey, Objects.requireNonNull(optionKey, "optionKey"), false);
    }

    /** The respondent answered "don't know / not applicable". */
    public static Answer notApplicable(String questionKey) {
        return new Answer(questionKey, null, true);
    }
}
