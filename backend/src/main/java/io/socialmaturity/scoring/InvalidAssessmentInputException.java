package io.socialmaturity.scoring;

/**
 * The input does not fit the framework: an unknown question or option key, two answers to one
 * question, a duplicate respondent id, a target for an unknown dimension or level. The message
 * names the respondent, question or dimension; it never contains answer data beyond keys.
 */
public class InvalidAssessmentInputException extends IllegalArgumentException {
    public InvalidAssessmentInputException(String message) {
        super(message);
    }
}
