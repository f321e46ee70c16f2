package io.socialmaturity.assessment;

import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.results.ResultDisplay;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.BreakdownPrivacy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;

/**
 * What the results API answers: the result under the privacy rule of the reader's role ({@link BreakdownPrivacy}:
 * respondents 3 of a function, tenant admins and consultants 1 with a "one respondent" mark, everyone 3 in an
 * anonymous assessment) and its {@code display}, every figure and text
 * already formatted in the request's language by {@link ResultDisplay}, the same function the PDF report uses.
 * The stored snapshot stays the engine's full result; the rule is applied on every read.
 */
@Singleton
public class ResultsPresenter {

    /** The results API's body: {@code result} (numbers, for charts) and {@code display} (what is read). */
    @Serdeable
    public record ResultsResponse(
            long assessmentId,
            AssessmentStatus status,
            boolean live,
            Instant computedAt,
            AssessmentResult result,
            ResultDisplay.Display display,
            boolean anonymous) {}

    private final FrameworkCatalog frameworks;

    ResultsPresenter(FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
    }

    /**
     * The privacy rule for this reader of these results: tenant admins and consultants read more than respondents,
     * except in an anonymous assessment, where everyone reads under {@link BreakdownPrivacy#ANONYMOUS}.
     */
    public static BreakdownPrivacy privacyFor(CurrentUser user, Results results) {
        if (results.anonymous()) {
            return BreakdownPrivacy.ANONYMOUS;
        }
        return user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.CONSULTANT)
                ? BreakdownPrivacy.MANAGERS
                : BreakdownPrivacy.RESPONDENTS;
    }

    public ResultsResponse present(CurrentUser user, Results results, String lang) {
        AssessmentResult full = results.result();
        FrameworkDefinition def = frameworks
                .find(full.frameworkKey(), full.frameworkVersion())
                .orElseThrow()
                .definition();
        BreakdownPrivacy.Disclosed disclosed = privacyFor(user, results).apply(full);
        return new ResultsResponse(
                results.assessmentId(),
                results.status(),
                results.live(),
                results.computedAt(),
                disclosed.result(),
                ResultDisplay.of(disclosed, def, Locale.forLanguageTag(lang)),
                results.anonymous());
    }
}

/** Lets Micronaut Serde write the display records (plain Java in the results package). */
@SerdeImport(ResultDisplay.Display.class)
@SerdeImport(ResultDisplay.Verdict.class)
@SerdeImport(ResultDisplay.Overall.class)
@SerdeImport(ResultDisplay.DimensionLine.class)
@SerdeImport(ResultDisplay.Step.class)
@SerdeImport(ResultDisplay.GapView.class)
@SerdeImport(ResultDisplay.GapLine.class)
@SerdeImport(ResultDisplay.FigureLine.class)
final class DisplaySerde {

    private DisplaySerde() {}
}
