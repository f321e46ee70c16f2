package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A benchmark segment: the whole population of a framework version, or the companies of one industry,
 * size band or country (as they were when their assessment closed).
 */
@Serdeable
public record Segment(Type type, String value) {

    public enum Type {
        ALL,
        INDUSTRY,
        SIZE_BAND,
        COUNTRY
    }

    public static final Segment ALL = new Segment(Type.ALL, "");

    /** {@code all}, {@code industry:retail}, {@code size_band:250-999}, {@code country:IT}; null for a bad value. */
    @Nullable
    public static Segment parse(@Nullable String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        String type = text.substring(0, colon)
                .trim()
                .toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_');
        String value = text.substring(colon + 1).trim();
        for (Type t : Type.values()) {
            if (t != Type.ALL && t.name().equals(type) && value.length() <= 64) {
                return new Segment(t, value);
            }
        }
        return null;
    }
}
