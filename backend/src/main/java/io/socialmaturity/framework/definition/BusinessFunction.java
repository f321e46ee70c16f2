package io.socialmaturity.framework.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The business function a respondent works in. The set is fixed by the product (it is what the
 * results are broken down by); a framework names the functions each question is meant for.
 *
 * <p>Keys are the stable identifiers used in framework files, in the database and in the API.
 */
public enum BusinessFunction {
    MARKETING("marketing"),
    IT("it"),
    SALES("sales"),
    SERVICE("service"),
    RND("rnd"),
    HR("hr"),
    EXECUTIVE("executive"),
    OTHER("other");

    private final String key;

    BusinessFunction(String key) {
        this.key = key;
    }

    /** The stable key, e.g. {@code "rnd"}. */
    public String key() {
        return key;
    }

    /** The function with this key, or empty when the key is unknown. */
    public static Optional<BusinessFunction> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
