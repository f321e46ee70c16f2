package io.socialmaturity.framework.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question asks the respondent to judge.
 *
 * <ul>
 *   <li>{@link #COMPANY}: a fact about the company that every respondent sees from outside
 *       ("how quickly do we answer a complaint on social channels?"). Marketing and IT answering
 *       differently is a <em>perception gap</em> and counts in the alignment index.</li>
 *   <li>{@link #OWN_FUNCTION}: the respondent's own function ("how willing is your function to
 *       align its plans?"). Marketing and IT answering differently is a difference in attitude,
 *       not in perception: the gap is reported per question but left out of the alignment
 *       index.</li>
 * </ul>
 */
public enum Perspective {
    COMPANY("company"),
    OWN_FUNCTION("own_function");

    private final String key;

    Perspective(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Perspective> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
