package io.socialmaturity.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A dimension's aggregate for a group of respondents (everyone, or one business function).
 *
 * @param score            weighted mean of the question means over the questions the group
 *                         answered, 0–100; {@code null} when the group answered none
 * @param coverage         answered question weight / total question weight of the dimension, 0–1;
 *                         a question is answered when at least one respondent of the group gave
 *                         a scored answer ("not applicable" does not count)
 * @param level            maturity level of {@code score}; {@code null} when there is no score
 * @param respondentSpread spread of the respondents' own dimension scores (each computed from that
 *                         respondent's answers alone); {@code null} when nobody has one
 */
public record DimensionScore(
        @Nullable Double score,
        double coverage,
        @Nullable Integer level,
        @Nullable Spread respondentSpread) {}
