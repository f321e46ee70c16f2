package io.socialmaturity.framework;

import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.LocalizedText;
import java.util.List;

/** A framework version rendered in one language for the API. */
final class FrameworkViews {

    private FrameworkViews() {}

    static FrameworkView of(FrameworkDefinition d, String lang) {
        return new FrameworkView(
                d.key(),
                d.version(),
                lang,
                t(d.title(), lang),
                t(d.description(), lang),
                t(d.notApplicableLabel(), lang),
                d.sociallyEnabledLevel(),
                d.defaultTargetLevel(),
                d.levels().stream()
                        .map(l -> new LevelView(
                                l.level(), l.key(), t(l.name(), lang), t(l.description(), lang), l.from(), l.to()))
                        .toList(),
                d.dimensions().stream()
                        .map(dim -> new DimensionView(
                                dim.key(),
                                dim.businessArea(),
                                dim.weight(),
                                t(dim.name(), lang),
                                t(dim.description(), lang),
                                dim.questions().stream()
                                        .map(q -> new QuestionView(
                                                q.key(),
                                                q.type().key(),
                                                q.weight(),
                                                q.audience().stream()
                                                        .map(a -> a.key())
                                                        .toList(),
                                                t(q.title(), lang),
                                                t(q.text(), lang),
                                                t(q.help(), lang),
                                                q.options().stream()
                                                        .map(o ->
                                                                new OptionView(o.key(), o.score(), t(o.label(), lang)))
                                                        .toList()))
                                        .toList()))
                        .toList(),
                d.recommendations().stream()
                        .map(r -> new RecommendationView(
                                r.key(), r.dimension(), r.level(), t(r.title(), lang), t(r.text(), lang)))
                        .toList());
    }

    private static String t(LocalizedText text, String lang) {
        return text.get(lang, "en");
    }

    @Serdeable
    record FrameworkView(
            String key,
            int version,
            String language,
            String title,
            String description,
            String notApplicableLabel,
            int sociallyEnabledLevel,
            int defaultTargetLevel,
            List<LevelView> levels,
            List<DimensionView> dimensions,
            List<RecommendationView> recommendations) {}

    @Serdeable
    record LevelView(int level, String key, String name, String description, double from, double to) {}

    @Serdeable
    record DimensionView(
            String key,
            boolean businessArea,
            double weight,
            String name,
            String description,
            List<QuestionView> questions) {}

    @Serdeable
    record QuestionView(
            String key,
            String type,
            double weight,
            List<String> audience,
            String title,
            String text,
            String help,
            List<OptionView> options) {}

    @Serdeable
    record OptionView(String key, int score, String label) {}

    @Serdeable
    record RecommendationView(String key, String dimension, int level, String title, String text) {}
}
