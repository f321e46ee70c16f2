package io.socialmaturity.scoring;

import java.util.List;

/**
 * Everything the engine computes for one assessment. Immutable; every score is rounded to two
 * decimals, and levels are taken from the rounded score, so what is displayed and the level
 * always agree.
 *
 * @param frameworkKey     key of the framework the assessment pins
 * @param frameworkVersion its version
 * @param respondentCount  respondents in the input
 * @param overall          the company as a whole, with the weakest-area gate
 * @param dimensions       per dimension, in framework order
 * @param questions        per question, in questionnaire order
 * @param respondents      per respondent (completion and coverage), sorted by respondent id
 * @param perceptionGap    marketing vs IT
 * @param roadmap          recommendations, highest priority first
 * @param publishedFigures placement against the framework's published figures, in framework order
 */
public record AssessmentResult(
        String frameworkKey,
        int frameworkVersion,
        int respondentCount,
        OverallResult overall,
        List<DimensionResult> dimensions,
        List<QuestionResult> questions,
        List<RespondentResult> respondents,
        PerceptionGap perceptionGap,
        List<RoadmapItem> roadmap,
        List<FigurePlacement> publishedFigures) {

    public AssessmentResult {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
        respondents = List.copyOf(respondents);
        roadmap = List.copyOf(roadmap);
        publishedFigures = List.copyOf(publishedFigures);
    }

    /** The result of dimension {@code key}. */
    public DimensionResult dimension(String key) {
        return dimensions.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dimension '" + key + "'"));
    }

    /** The result of question {@code key}. */
    public QuestionResult question(String key) {
        return questions.stream()
                .filter(q -> q.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question '" + key + "'"));
    }
}
