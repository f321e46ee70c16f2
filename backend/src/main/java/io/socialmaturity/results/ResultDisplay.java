package io.socialmaturity.results;

import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.LocalizedText;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.BreakdownPrivacy;
import io.socialmaturity.scoring.DimensionGap;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.FigurePlacement;
import io.socialmaturity.scoring.OverallResult;
import io.socialmaturity.scoring.QuestionGap;
import io.socialmaturity.scoring.RoadmapItem;
import io.socialmaturity.scoring.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a result into what people read: every figure and text the results page and the PDF
 * report share (scores, levels, coverage, verdict and what holds the company back, target state, roadmap steps,
 * the marketing–IT view, the published figures), in the request's language. The results API returns it as
 * {@code display} and the page shows it as given; the PDF report is built from the same object. So the screen and
 * the paper cannot disagree on a rounding, a level name or a verdict.
 *
 * <p>Numbers round half away from zero (the engine's rule), scores and gaps with one decimal, shares and the
 * alignment index with none. Plain Java (a resource bundle, no framework).
 */
public final class ResultDisplay {

    static final String BUNDLE = "results.display";

    /**
     * What is read: every value already formatted. {@code privacyRule} states the reader's rule; {@code singleMark}
     * is the mark ("one respondent") a reader puts next to every figure flagged {@code …Single}: a figure of a
     * business function that rests on one respondent of that function (only tenant admins and consultants see
     * such figures, docs/ENGINE.md); {@code single} tells whether any figure of this display carries it.
     */
    public record Display(
            String language,
            Verdict verdict,
            Overall overall,
            List<DimensionLine> dimensions,
            List<Step> roadmap,
            GapView gap,
            List<FigureLine> figures,
            int privacyMinimum,
            String privacyRule,
            String singleMark,
            boolean single) {}

    /**
     * The verdict. {@code state}: {@code ENABLED}, {@code NOT_ENABLED}, or {@code INSUFFICIENT} while a business
     * area has no scored answer (no verdict is given then). {@code heldBackBy}: the business areas at the gated
     * level when not enabled, otherwise null.
     */
    public record Verdict(
            String state,
            String headline,
            String explanation,
            @Nullable String heldBackBy) {}

    public record Overall(String score, String level, String levelDescription, String coverage, String weakest) {}

    /**
     * A dimension. {@code gap} is about the admin's target; {@code gate}, for a business area below the
     * socially-enabled level, about the verdict (null otherwise), so both are said and neither contradicts the other.
     */
    public record DimensionLine(
            String key,
            String name,
            boolean businessArea,
            String score,
            String level,
            String levelDescription,
            String coverage,
            String target,
            boolean targetMet,
            String gap,
            @Nullable String gate,
            boolean holdsBack,
            String spread) {}

    /** A roadmap step: the recommendation moves its dimension from one level to the next; {@code target} is null when that next level is the target. */
    public record Step(
            int rank,
            String dimension,
            String dimensionName,
            String title,
            String text,
            String step,
            @Nullable String target) {}

    /** {@code alignmentSingle}: the overall index compares, on some question, a side resting on one respondent. */
    public record GapView(
            String alignmentIndex,
            String alignmentNote,
            int marketingRespondents,
            int itRespondents,
            List<GapLine> dimensions,
            List<GapLine> questions,
            boolean alignmentSingle) {}

    /**
     * One row of the marketing–IT view: a dimension ({@code dimension} = key) or a question ({@code key} = question
     * key). A value hidden by the privacy rule says so; a missing one is "—". {@code size}: the gap's colour band
     * ({@code none}, {@code low} &lt; 10, {@code medium} &lt; 20, {@code high}). {@code marketingSingle} /
     * {@code itSingle}: that side's figure rests on one respondent (mark it with {@link Display#singleMark()});
     * {@code alignmentSingle}: the dimension's index compares such a side.
     */
    public record GapLine(
            String key,
            String dimension,
            String name,
            String marketing,
            String it,
            String gap,
            String size,
            String alignmentIndex,
            String note,
            boolean hidden,
            boolean marketingHidden,
            boolean itHidden,
            boolean marketingSingle,
            boolean itSingle,
            boolean alignmentSingle) {}

    /** {@code single}: the company's value is one respondent's answer (mark it with {@link Display#singleMark()}). */
    public record FigureLine(
            String key,
            String text,
            String published,
            String company,
            String difference,
            String assessment,
            String basis,
            boolean hidden,
            boolean single) {}

    private final FrameworkDefinition def;
    private final Locale locale;
    private final String lang;
    private final ResourceBundle bundle;

    private ResultDisplay(FrameworkDefinition def, Locale locale) {
        this.def = def;
        this.locale = locale;
        this.lang = locale.getLanguage();
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The display of a result the privacy rule has already been applied to. */
    public static Display of(BreakdownPrivacy.Disclosed disclosed, FrameworkDefinition def, Locale locale) {
        return new ResultDisplay(def, locale).display(disclosed);
    }

    // ------------------------------------------------------------------ formatting (one implementation)

    /** A number with exactly {@code decimals} decimals, rounded half away from zero, in the language's notation. */
    public static String number(Double value, int decimals, Locale locale) {
        if (value == null) {
            return "—";
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return f.format(rounded);
    }

    String score(Double value) {
        return number(value, 1, locale);
    }

    String share(double share) {
        return msg("percent", number(share * 100, 0, locale));
    }

    String signed(Double value) {
        if (value == null) {
            return msg("none");
        }
        String n = number(Math.abs(value), 1, locale);
        BigDecimal r = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return r.signum() > 0 ? "+" + n : r.signum() < 0 ? "−" + n : n;
    }

    String levelLabel(Integer level) {
        if (level == null) {
            return msg("none");
        }
        return msg("level", level, def.level(level).map(l -> t(l.name())).orElse(String.valueOf(level)));
    }

    String msg(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    String t(LocalizedText text) {
        return text == null ? "" : Optional.ofNullable(text.get(lang, "en")).orElse("");
    }

    String dimensionName(String key) {
        return def.dimension(key).map(d -> t(d.name())).orElse(key);
    }

    String names(List<String> keys) {
        return keys.stream().map(this::dimensionName).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ the display

    private Display display(BreakdownPrivacy.Disclosed disclosed) {
        AssessmentResult r = disclosed.result();
        OverallResult o = r.overall();
        String threshold = levelLabel(o.sociallyEnabledLevel());
        Verdict verdict;
        if (o.level() == null) {
            verdict = new Verdict(
                    "INSUFFICIENT",
                    msg("verdict.insufficient"),
                    o.score() == null
                            ? msg("verdict.why.noRespondents")
                            : msg("verdict.why.unscored", names(o.unscoredAreas())),
                    null);
        } else if (o.sociallyEnabled()) {
            verdict = new Verdict(
                    "ENABLED",
                    msg("verdict.enabled"),
                    msg("verdict.why.enabled", threshold, names(o.weakestAreas())),
                    null);
        } else {
            verdict = new Verdict(
                    "NOT_ENABLED",
                    msg("verdict.notEnabled"),
                    msg(
                            "verdict.why.notEnabled",
                            names(o.weakestAreas()),
                            levelLabel(o.level()),
                            threshold,
                            o.weakestAreas().size()),
                    names(o.weakestAreas()));
        }
        Overall overall = new Overall(
                o.score() == null ? msg("none") : score(o.score()),
                levelLabel(o.level()),
                o.level() == null
                        ? ""
                        : def.level(o.level()).map(l -> t(l.description())).orElse(""),
                share(o.coverage()),
                o.weakestAreas().isEmpty() ? msg("none") : names(o.weakestAreas()));

        List<DimensionLine> dimensions = new ArrayList<>();
        for (DimensionResult d : r.dimensions()) {
            Integer level = d.all().level();
            String target = levelLabel(d.target().targetLevel());
            boolean below = d.businessArea() && level != null && level < o.sociallyEnabledLevel();
            boolean holdsBack = below && o.weakestAreas().contains(d.key());
            Spread s = d.all().respondentSpread();
            dimensions.add(new DimensionLine(
                    d.key(),
                    dimensionName(d.key()),
                    d.businessArea(),
                    score(d.all().score()),
                    levelLabel(level),
                    level == null
                            ? ""
                            : def.level(level).map(l -> t(l.description())).orElse(""),
                    share(d.all().coverage()),
                    target,
                    d.target().met(),
                    level == null
                            ? msg("none")
                            : d.target().met()
                                    ? msg("gap.reached")
                                    : msg(
                                            "gap.short",
                                            d.target().levelGap(),
                                            msg("points", score(d.target().scoreGap()))),
                    !below ? null : msg(holdsBack ? "gate.holdsBack" : "gate.below", threshold),
                    holdsBack,
                    s == null
                            ? msg("none")
                            : msg(
                                    "spread",
                                    s.count(),
                                    number(s.min(), 0, locale),
                                    number(s.max(), 0, locale),
                                    number(s.standardDeviation(), 1, locale))));
        }

        List<Step> roadmap = r.roadmap().stream()
                .map((RoadmapItem i) -> new Step(
                        i.rank(),
                        i.dimension(),
                        dimensionName(i.dimension()),
                        t(i.recommendation().title()),
                        t(i.recommendation().text()),
                        // a recommendation moves its dimension up from its level to the next one
                        msg(
                                "step",
                                levelLabel(i.recommendation().level()),
                                levelLabel(i.recommendation().level() + 1)),
                        // the dimension's target, when it lies beyond this step
                        i.targetLevel() > i.recommendation().level() + 1
                                ? msg("step.target", levelLabel(i.targetLevel()))
                                : null))
                .toList();

        boolean single = !disclosed.singleByQuestion().isEmpty()
                || !disclosed.singleByDimension().isEmpty()
                || !disclosed.singleFigures().isEmpty()
                || !disclosed.singleAlignment().isEmpty();
        return new Display(
                lang,
                verdict,
                overall,
                dimensions,
                roadmap,
                gap(disclosed),
                figures(disclosed),
                disclosed.minimum(),
                disclosed.minimum() == 1 ? msg("privacy.ruleSingle") : msg("privacy.rule", disclosed.minimum()),
                msg("privacy.single"),
                single);
    }

    private GapView gap(BreakdownPrivacy.Disclosed disclosed) {
        AssessmentResult r = disclosed.result();
        var g = r.perceptionGap();
        boolean both = g.marketingRespondents() > 0 && g.itRespondents() > 0;
        String hiddenText = msg("privacy.hidden", disclosed.minimum());
        List<GapLine> dims = new ArrayList<>();
        for (DimensionGap d : g.dimensions()) {
            boolean mh = disclosed.hidden(d.dimension(), "marketing");
            boolean ih = disclosed.hidden(d.dimension(), "it");
            dims.add(new GapLine(
                    d.dimension(),
                    d.dimension(),
                    dimensionName(d.dimension()),
                    mh ? hiddenText : score(d.marketing()),
                    ih ? hiddenText : score(d.it()),
                    mh || ih ? msg("none") : signed(d.gap()),
                    size(mh || ih ? null : d.gap()),
                    d.alignmentIndex() == null ? msg("none") : number(d.alignmentIndex(), 0, locale),
                    !both
                            ? msg("gap.needsBoth")
                            : d.alignmentIndex() == null
                                    ? msg("gap.noCommonQuestion")
                                    : msg("gap.compared", d.comparedQuestions()),
                    mh || ih,
                    mh,
                    ih,
                    disclosed.single(d.dimension(), "marketing"),
                    disclosed.single(d.dimension(), "it"),
                    d.alignmentIndex() != null && disclosed.singleIndex(d.dimension())));
        }
        Map<String, String> titles = def.questions().collect(Collectors.toMap(q -> q.key(), q -> t(q.title())));
        List<GapLine> questions = new ArrayList<>();
        for (QuestionGap q : g.questions()) {
            boolean mh = disclosed.hiddenInQuestion(q.questionKey(), "marketing");
            boolean ih = disclosed.hiddenInQuestion(q.questionKey(), "it");
            questions.add(new GapLine(
                    q.questionKey(),
                    q.dimension(),
                    titles.getOrDefault(q.questionKey(), q.questionKey()),
                    mh ? hiddenText : score(q.marketing()),
                    ih ? hiddenText : score(q.it()),
                    signed(q.gap()),
                    size(q.gap()),
                    msg("none"),
                    "",
                    mh || ih,
                    mh,
                    ih,
                    disclosed.singleInQuestion(q.questionKey(), "marketing"),
                    disclosed.singleInQuestion(q.questionKey(), "it"),
                    false));
        }
        return new GapView(
                g.alignmentIndex() == null ? msg("none") : number(g.alignmentIndex(), 0, locale),
                g.alignmentIndex() != null
                        ? msg("gap.alignmentNote", g.comparedQuestions(), g.marketingRespondents(), g.itRespondents())
                        : msg("gap.needsBoth"),
                g.marketingRespondents(),
                g.itRespondents(),
                dims,
                questions,
                g.alignmentIndex() != null && disclosed.singleIndex(BreakdownPrivacy.Disclosed.OVERALL));
    }

    private static String size(Double gap) {
        if (gap == null) {
            return "none";
        }
        double s = Math.abs(gap);
        return s < 10 ? "low" : s < 20 ? "medium" : "high";
    }

    private List<FigureLine> figures(BreakdownPrivacy.Disclosed disclosed) {
        List<FigureLine> out = new ArrayList<>();
        for (FigurePlacement p : disclosed.result().publishedFigures()) {
            PublishedFigure f = p.figure();
            boolean hidden = disclosed.hiddenFigures().contains(f.key());
            String assessment;
            if (hidden) {
                assessment = msg("figures.hidden", disclosed.minimum());
            } else if (p.difference() == null) {
                assessment = msg("figures.noData");
            } else if (Math.abs(p.difference()) < 0.05) {
                assessment = msg("figures.same");
            } else {
                boolean better = (p.difference() > 0) == (f.better() == PublishedFigure.Direction.HIGHER);
                assessment = msg(better ? "figures.better" : "figures.worse");
            }
            String functions = f.compareWith().stream()
                    .map(c -> msg("function." + c.key()))
                    .collect(Collectors.joining(", "));
            out.add(new FigureLine(
                    f.key(),
                    t(f.text()),
                    msg("percent", number(f.value(), 0, locale)),
                    p.companyValue() == null ? msg("none") : msg("percent", number(p.companyValue(), 0, locale)),
                    p.difference() == null ? msg("none") : msg("points", signed(p.difference())),
                    assessment,
                    hidden
                            ? msg("figures.hidden", disclosed.minimum())
                            : msg("figures.basis", p.matching(), p.sampleSize(), functions),
                    hidden,
                    !hidden && disclosed.singleFigures().contains(f.key())));
        }
        return out;
    }

    /** Dimension names by key, in the language (for callers that lay out by key). */
    public static Map<String, String> dimensionNames(FrameworkDefinition def, Locale locale) {
        ResultDisplay d = new ResultDisplay(def, locale);
        return def.dimensions().stream()
                .collect(Collectors.toMap(
                        Dimension::key, x -> d.t(x.name()), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
