package io.socialmaturity.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Marketing's and IT's view of one dimension.
 *
 * @param dimension          dimension key
 * @param marketing          the dimension score computed from marketing respondents alone
 * @param it                 the dimension score computed from IT respondents alone
 * @param gap                {@code marketing - it}; {@code null} unless both have a score
 * @param meanAbsoluteGap    question-weighted mean of {@code |gap|} over the dimension's questions
 *                           in the alignment index; unlike {@code gap}, opposite disagreements do
 *                           not cancel out; {@code null} when there is no such question
 * @param alignmentIndex     {@code 100 - meanAbsoluteGap}, clamped to 0–100; {@code null} likewise
 * @param comparedQuestions  questions of the dimension in the alignment index
 */
public record DimensionGap(
        String dimension,
        @Nullable Double marketing,
        @Nullable Double it,
        @Nullable Double gap,
        @Nullable Double meanAbsoluteGap,
        @Nullable Double alignmentIndex,
        int comparedQuestions) {}
