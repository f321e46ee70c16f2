package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an action targets: the framework version that checks its dimension and question keys (the source
 * assessment's, else the latest version of the default framework) and the check itself (400 naming the field).
 */
@Singleton
class ActionTargets {

    static final String DEFAULT_FRAMEWORK = "socially-enabled";
    /** The IT–marketing alignment dimension of the default framework: its actions get a marketing and an IT owner. */
    static final String ALIGNMENT = "alignment";

    private final AssessmentQueries assessments;
    private final FrameworkCatalog frameworks;

    ActionTargets(AssessmentQueries assessments, FrameworkCatalog frameworks) {
        this.assessments = assessments;
        this.frameworks = frameworks;
    }

    /** The framework of an assessment the caller may read (404 otherwise), or the default's latest version. */
    FrameworkDefinition framework(CurrentUser user, @Nullable Long assessmentId) {
        if (assessmentId != null) {
            var ref = assessments.get(user, assessmentId).framework();
            return frameworks.require(ref.key(), ref.version()).definition();
        }
        return frameworks
                .latest(DEFAULT_FRAMEWORK)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.default"))
                .definition();
    }

    /** The latest version of the default framework (0 when none is published). */
    int latestDefaultVersion() {
        return frameworks.latest(DEFAULT_FRAMEWORK).map(p -> p.version()).orElse(0);
    }

    /** The framework an action was created under. */
    Optional<FrameworkDefinition> framework(String key, int version) {
        return frameworks.find(key, version).map(p -> p.definition());
    }

    /** The dimension's display name in a language, or its key when the framework does not know it. */
    String dimensionName(String frameworkKey, int version, String dimension, String language) {
        return framework(frameworkKey, version)
                .flatMap(f -> f.dimension(dimension))
                .map(d -> d.name().get(language, "en"))
                .orElse(dimension);
    }

    /** Checks a dimension key and its question keys against a framework: 400 with every unknown one named. */
    static void check(FrameworkDefinition f, String dimension, @Nullable List<String> questionKeys) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Dimension> d = f.dimension(dimension);
        if (d.isEmpty()) {
            errors.add(FieldError.of("dimension", "violation.unknown-dimension", f.key(), f.version()));
        }
        List<String> keys = questionKeys == null ? List.of() : questionKeys;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            boolean known = d.isPresent()
                    && d.get().questions().stream().map(Question::key).anyMatch(k -> k.equals(key));
            if (!known) {
                errors.add(FieldError.of("questionKeys[" + i + "]", "violation.unknown-question", dimension));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
    }
}
