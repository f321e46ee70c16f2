package io.socialmaturity.framework.definition;

import java.util.Objects;

/**
 * One thing wrong with a framework definition, with the file and the place it is in.
 *
 * <p>{@link #toString()} gives the form shown to platform admins and in logs, e.g.
 * {@code frameworks/socially-enabled/1.json: $.dimensions[2].questions[4].options[1].key: duplicate key 'often'}.
 *
 * @param file     the file (or resource path, or a label for an in-memory definition)
 * @param location a JSON path such as {@code $.dimensions[2].weight}, or {@code line 4, column 7}
 *                 for a document that could not be parsed
 * @param message  what is wrong
 */
public record DefinitionProblem(String file, String location, String message) {
    public DefinitionProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + location + ": " + message;
    }
}
