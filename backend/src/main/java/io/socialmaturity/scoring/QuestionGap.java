package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.Perspective;
import org.jspecify.annotations.Nullable;

/**
 * Marketing's and IT's view of one question.
 *
 * @param questionKey      question key
 * @param dimension        its dimension
 * @param perspective      company fact or own-function attitude
 * @param marketing        mean score of the marketing respondents; {@code null} if none scored
 * @param it               mean score of the IT respondents; {@code null} if none scored
 * @param gap              {@code marketing - it}: positive when marketing sees it better than IT;
 *                         {@code null} unless both groups scored
 * @param marketingCount   marketing respondents with a scored answer
 * @param itCount          IT respondents with a scored answer
 * @param inAlignmentIndex whether the gap counts in the alignment index (both scored and the
 *                         question is about the company, not the respondent's own function)
 */
public record QuestionGap(
        String questionKey,
        String dimension,
        Perspective perspective,
        @Nullable Double marketing,
        @Nullable Double it,
        @Nullable Double gap,
        int marketingCount,
        int itCount,
        boolean inAlignmentIndex) {}
