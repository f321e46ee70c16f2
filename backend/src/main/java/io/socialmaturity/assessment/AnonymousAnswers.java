package io.socialmaturity.assessment;

import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.scoring.BreakdownPrivacy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The answers export of an anonymous assessment: one entry per answer given, with no pseudonym, id, name, email or
 * time, so no two rows can be tied to the same person. The answers of a question come sorted by their content (not
 * by who gave them or when), unanswered questions are left out, and the business function is shown only where the
 * respondents' privacy rule would show that function's figure on the question ({@link BreakdownPrivacy#ANONYMOUS}):
 * fewer than 3 answers of a function, and the smallest visible function while the hidden ones could be recovered,
 * leave the cell empty.
 */
final class AnonymousAnswers {

    private AnonymousAnswers() {}

    private record Given(String function, AnswerRecord answer) {}

    private static final Comparator<Given> BY_CONTENT = Comparator.comparing(Given::function)
            .thenComparing(g -> g.answer().notApplicable())
            .thenComparing(g -> Objects.toString(g.answer().optionKey(), ""))
            .thenComparing(g -> Objects.toString(g.answer().comment(), ""))
            .thenComparing(g -> Objects.toString(g.answer().evidenceUrl(), ""));

    static List<ReportSources.RespondentAnswers> rows(
            FrameworkDefinition definition,
            List<RespondentRecord> invited,
            Map<String, Map<String, AnswerRecord>> byUser) {
        List<ReportSources.RespondentAnswers> rows = new ArrayList<>();
        definition.questions().forEach(q -> rows.addAll(question(q, invited, byUser)));
        return rows;
    }

    private static List<ReportSources.RespondentAnswers> question(
            Question q, List<RespondentRecord> invited, Map<String, Map<String, AnswerRecord>> byUser) {
        List<Given> given = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RespondentRecord r : invited) {
            if (!q.isFor(AssessmentRules.function(r.businessFunction()))) {
                continue;
            }
            AnswerRecord a = byUser.getOrDefault(r.userId(), Map.of()).get(q.key());
            if (a != null) {
                given.add(new Given(r.businessFunction(), a));
                counts.merge(r.businessFunction(), 1, Integer::sum);
            }
        }
        Set<String> hidden = BreakdownPrivacy.ANONYMOUS.hiddenGroups(counts, given.size());
        return given.stream()
                .map(g -> new Given(hidden.contains(g.function()) ? "" : g.function(), g.answer()))
                .sorted(BY_CONTENT)
                .map(g -> new ReportSources.RespondentAnswers(
                        "",
                        "",
                        null,
                        null,
                        g.function(),
                        List.of(new ReportSources.QuestionAnswer(
                                q.key(),
                                true,
                                g.answer().optionKey(),
                                g.answer().notApplicable(),
                                g.answer().comment(),
                                g.answer().evidenceUrl(),
                                null))))
                .toList();
    }
}
