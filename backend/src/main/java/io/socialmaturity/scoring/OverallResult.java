package io.socialmaturity.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The company as a whole.
 *
 * @param score                weighted mean of the dimension scores (dimension weights, enabler
 *                             included), over the dimensions that have a score; {@code null} when none has
 * @param coverage             {@code Σ weight·coverage / Σ weight} over all dimensions, 0–1
 * @param level                the <em>gated</em> level: the lowest level among the business areas
 *                             (the enabler does not gate); {@code null} while any business area has
 *                             no score. It is not derived from {@code score}: an average would hide a
 *                             weak area
 * @param weakestAreas         business areas at the gated level (the ones holding the company back)
 * @param unscoredAreas        business areas without any scored answer (the level cannot be known)
 * @param sociallyEnabled      every business area is at {@code sociallyEnabledLevel} or above
 * @param sociallyEnabledLevel the framework's threshold for {@code sociallyEnabled}
 */
public record OverallResult(
        @Nullable Double score,
        double coverage,
        @Nullable Integer level,
        List<String> weakestAreas,
        List<String> unscoredAreas,
        boolean sociallyEnabled,
        int sociallyEnabledLevel) {

    public OverallResult {
        weakestAreas = List.copyOf(weakestAreas);
        unscoredAreas = List.copyOf(unscoredAreas);
    }
}
