package io.socialmaturity.framework.definition;

import java.util.List;
import java.util.Objects;

/**
 * A scored dimension of the framework.
 *
 * @param key          unique, e.g. {@code "marketing"}
 * @param businessArea {@code true} for the business areas of Oracle's definition (marketing,
 *                     sales, R&amp;D, service, collaboration): they gate the overall level.
 *                     {@code false} for an enabler (IT–marketing alignment): it counts in the
 *                     overall score but does not gate the overall level
 * @param weight       relative weight in the overall score, &gt; 0
 * @param name         display name
 * @param description  what the dimension covers
 * @param questions    its questions, in questionnaire order
 */
public record Dimension(
        String key,
        boolean businessArea,
        double weight,
        LocalizedText name,
        LocalizedText description,
        List<Question> questions) {

    public Dimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        questions = List.copyOf(questions);
    }
}
