package io.socialmaturity.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of one question.
 *
 * @param key          question key
 * @param dimension    key of its dimension
 * @param weight       its weight inside the dimension (as defined)
 * @param all          aggregate over every respondent
 * @param byFunction   aggregate per business function key ({@code "marketing"}, {@code "it"}, ...),
 *                     only functions with at least one respondent, in {@code BusinessFunction} order
 * @param optionCounts how many respondents chose each option, in option order (zeros included)
 */
public record QuestionResult(
        String key,
        String dimension,
        double weight,
        QuestionScore all,
        Map<String, QuestionScore> byFunction,
        Map<String, Integer> optionCounts) {

    public QuestionResult {
        byFunction = Collections.unmodifiableMap(new LinkedHashMap<>(byFunction));
        optionCounts = Collections.unmodifiableMap(new LinkedHashMap<>(optionCounts));
    }
}
