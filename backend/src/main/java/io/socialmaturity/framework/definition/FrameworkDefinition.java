package io.socialmaturity.framework.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned questionnaire framework: what is asked, how answers score, which maturity levels the
 * scores fall into, what to recommend, and which published figures the company is placed against.
 *
 * <p>Plain immutable records, no I/O: read one with {@link FrameworkLoader}, check one built in
 * code with {@link FrameworkValidator}, serialise it with {@link CanonicalJson}. A published
 * version never changes: the content hash ({@link CanonicalJson#sha256(FrameworkDefinition)})
 * identifies it, and a changed definition must carry a new {@code version}.
 *
 * @param key                  stable framework key, e.g. {@code "socially-enabled"}
 * @param version              version number, &ge; 1
 * @param languages            languages every text must be given in, e.g. {@code ["en","it"]}
 * @param title                display title
 * @param description          what the framework measures
 * @param notApplicableLabel   label of the implicit "don't know / not applicable" answer
 * @param sociallyEnabledLevel the level every business area must reach for the company to count as
 *                             socially enabled (the weakest-area gate)
 * @param defaultTargetLevel   target level of a dimension when the tenant admin has set none
 * @param levels               maturity levels 1..5 with contiguous score bands covering 0–100
 * @param dimensions           dimensions with their questions
 * @param recommendations      actions per dimension and level
 * @param publishedFigures     published figures the company is placed against
 */
public record FrameworkDefinition(
        String key,
        int version,
        List<String> languages,
        LocalizedText title,
        LocalizedText description,
        LocalizedText notApplicableLabel,
        int sociallyEnabledLevel,
        int defaultTargetLevel,
        List<MaturityLevel> levels,
        List<Dimension> dimensions,
        List<Recommendation> recommendations,
        List<PublishedFigure> publishedFigures) {

    public FrameworkDefinition {
        Objects.requireNonNull(key, "key");
        languages = List.copyOf(languages);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(notApplicableLabel, "notApplicableLabel");
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        recommendations = List.copyOf(recommendations);
        publishedFigures = List.copyOf(publishedFigures);
    }

    /** All questions in questionnaire order (dimension by dimension). */
    public Stream<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream());
    }

    public Optional<Dimension> dimension(String dimensionKey) {
        return dimensions.stream().filter(d -> d.key().equals(dimensionKey)).findFirst();
    }

    public Optional<Question> question(String questionKey) {
        return questions().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    public Optional<MaturityLevel> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** The highest level number (5 for a valid definition). */
    public int maxLevel() {
        return levels.stream().mapToInt(MaturityLevel::level).max().orElse(0);
    }

    /**
     * The level whose band holds {@code score}: {@code from <= score < to}, the top band including
     * its upper bound. Empty for a score outside every band.
     */
    public Optional<MaturityLevel> levelFor(double score) {
        for (int i = 0; i < levels.size(); i++) {
            MaturityLevel l = levels.get(i);
            boolean top = i == levels.size() - 1;
            if (score >= l.from() && (score < l.to() || (top && score <= l.to()))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
