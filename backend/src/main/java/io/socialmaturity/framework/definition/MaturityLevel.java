package io.socialmaturity.framework.definition;

import java.util.Objects;

/**
 * A maturity level and its score band.
 *
 * <p>Bands are half-open, {@code from <= score < to}, except the top level, which includes its
 * upper bound ({@code 100}). The validator requires the bands to start at 0, end at 100 and follow
 * each other without gap or overlap ({@code levels[i].to == levels[i+1].from}).
 *
 * @param level       1..5
 * @param key         stable key, e.g. {@code "integrated"}
 * @param name        display name
 * @param description what a dimension at this level looks like
 * @param from        lower bound of the band (inclusive)
 * @param to          upper bound of the band (exclusive, inclusive for the top level)
 */
public record MaturityLevel(
        int level, String key, LocalizedText name, LocalizedText description, double from, double to) {

    public MaturityLevel {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
