package io.socialmaturity.framework.definition;

import java.util.Objects;

/**
 * A concrete action that moves a dimension up from {@code level} to {@code level + 1}.
 *
 * @param key       unique, e.g. {@code "mkt.l1.listening-tool"}
 * @param dimension key of the dimension it belongs to
 * @param level     the level it starts from (1..4: there is nothing above the top level)
 * @param title     short imperative title
 * @param text      what to do, concretely
 */
public record Recommendation(String key, String dimension, int level, LocalizedText title, LocalizedText text) {
    public Recommendation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
