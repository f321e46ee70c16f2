package io.socialmaturity.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A question's aggregate for a group of respondents (everyone, or one business function).
 *
 * @param score         mean of the respondents' option scores, 0–100; {@code null} when nobody in
 *                      the group gave a scored answer
 * @param scored        respondents who chose an option
 * @param notApplicable respondents who answered "don't know / not applicable"
 * @param spread        spread of the scored answers; {@code null} when {@code scored == 0}
 */
public record QuestionScore(
        @Nullable Double score,
        int scored,
        int notApplicable,
        @Nullable Spread spread) {}
