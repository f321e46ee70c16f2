package io.socialmaturity.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The company's own CMO–CIO disconnect: how its marketing and IT respondents see the same things.
 *
 * @param marketingRespondents respondents of the marketing function
 * @param itRespondents        respondents of the IT function
 * @param alignmentIndex       {@code 100 - Σ e_q·|gap_q| / Σ e_q}, clamped to 0–100, over the
 *                             questions in the index ({@code inAlignmentIndex}), where {@code e_q} is
 *                             the question's effective weight in the overall score
 *                             ({@code dimensionWeight · questionWeight / Σ questionWeights of its
 *                             dimension}). 100 = they see the company the same way. {@code null}
 *                             when no question was scored by both groups
 * @param comparedQuestions    questions in the index
 * @param questions            every question, in questionnaire order
 * @param dimensions           every dimension, in framework order
 */
public record PerceptionGap(
        int marketingRespondents,
        int itRespondents,
        @Nullable Double alignmentIndex,
        int comparedQuestions,
        List<QuestionGap> questions,
        List<DimensionGap> dimensions) {

    public PerceptionGap {
        questions = List.copyOf(questions);
        dimensions = List.copyOf(dimensions);
    }
}
