package io.socialmaturity.framework.definition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A framework definition was refused: it could not be read, broke the JSON Schema, or failed a
 * semantic check. Carries every problem found (not only the first), each naming file and place.
 */
public class FrameworkDefinitionException extends RuntimeException {

    private final transient List<DefinitionProblem> problems;

    public FrameworkDefinitionException(List<DefinitionProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in document order as far as possible. */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    /** At most this many problems are spelled out in the message; {@link #problems()} has them all. */
    static final int MESSAGE_LIMIT = 50;

    private static String format(List<DefinitionProblem> problems) {
        String header = problems.size() == 1
                ? "invalid framework definition: "
                : "invalid framework definition (" + problems.size() + " problems):\n  ";
        String listed = problems.stream()
                .limit(MESSAGE_LIMIT)
                .map(DefinitionProblem::toString)
                .collect(Collectors.joining("\n  "));
        return header
                + listed
                + (problems.size() > MESSAGE_LIMIT ? "\n  ... and " + (problems.size() - MESSAGE_LIMIT) + " more" : "");
    }
}
