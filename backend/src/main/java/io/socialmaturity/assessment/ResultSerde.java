package io.socialmaturity.assessment;

import io.micronaut.serde.annotation.SerdeImport;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.framework.definition.Recommendation;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.DimensionGap;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.DimensionScore;
import io.socialmaturity.scoring.FigurePlacement;
import io.socialmaturity.scoring.OverallResult;
import io.socialmaturity.scoring.PerceptionGap;
import io.socialmaturity.scoring.QuestionGap;
import io.socialmaturity.scoring.QuestionResult;
import io.socialmaturity.scoring.QuestionScore;
import io.socialmaturity.scoring.RespondentResult;
import io.socialmaturity.scoring.RoadmapItem;
import io.socialmaturity.scoring.Spread;
import io.socialmaturity.scoring.TargetGap;

/**
 * The scoring engine is plain Java without serialisation annotations; these imports let Micronaut Serde
 * write its results (API responses) and read them back (closed assessments' snapshots).
 */
@SerdeImport(AssessmentResult.class)
@SerdeImport(OverallResult.class)
@SerdeImport(DimensionResult.class)
@SerdeImport(DimensionScore.class)
@SerdeImport(Spread.class)
@SerdeImport(TargetGap.class)
@SerdeImport(QuestionResult.class)
@SerdeImport(QuestionScore.class)
@SerdeImport(RespondentResult.class)
@SerdeImport(PerceptionGap.class)
@SerdeImport(QuestionGap.class)
@SerdeImport(DimensionGap.class)
@SerdeImport(RoadmapItem.class)
@SerdeImport(FigurePlacement.class)
@SerdeImport(Recommendation.class)
@SerdeImport(PublishedFigure.class)
@SerdeImport(PublishedFigure.Source.class)
final class ResultSerde {

    private ResultSerde() {}
}
