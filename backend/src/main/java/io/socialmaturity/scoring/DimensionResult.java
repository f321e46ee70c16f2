package io.socialmaturity.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of one dimension.
 *
 * @param key          dimension key
 * @param businessArea whether it is a business area (gates the overall level) or an enabler
 * @param weight       its weight in the overall score (as defined)
 * @param all          aggregate over every respondent
 * @param byFunction   aggregate per business function key, only functions with respondents
 * @param target       current vs target level
 */
public record DimensionResult(
        String key,
        boolean businessArea,
        double weight,
        DimensionScore all,
        Map<String, DimensionScore> byFunction,
        TargetGap target) {

    public DimensionResult {
        byFunction = Collections.unmodifiableMap(new LinkedHashMap<>(byFunction));
    }
}
