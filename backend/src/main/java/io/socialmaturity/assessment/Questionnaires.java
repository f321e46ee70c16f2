package io.socialmaturity.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.DimensionView;
import io.socialmaturity.assessment.AssessmentViews.OptionView;
import io.socialmaturity.assessment.AssessmentViews.QuestionView;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.QuestionnaireProgress;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A respondent's questionnaire (the questions meant for their business function, with their saved answers) and
 * its submission.
 */
@Singleton
class Questionnaires {

    private final RespondentRepository respondents;
    private final AnswerRepository answers;
    private final AssessmentAccess access;
    private final AuditService audit;
    private final CampaignViews campaign;
    private final Clock clock;
    private final ApplicationEventPublisher<RespondentSubmitted> submittedEvents;

    Questionnaires(
            RespondentRepository respondents,
            AnswerRepository answers,
            AssessmentAccess access,
            AuditService audit,
            CampaignViews campaign,
            Clock clock,
            ApplicationEventPublisher<RespondentSubmitted> submittedEvents) {
        this.submittedEvents = submittedEvents;
        this.respondents = respondents;
        this.answers = answers;
        this.access = access;
        this.audit = audit;
        this.campaign = campaign;
        this.clock = clock;
    }

    @Transactional
    public Questionnaire questionnaire(CurrentUser user, long id, String language) {
        AssessmentRecord a = access.find(user, id);
        RespondentRecord me = access.invited(user, a);
        AssessmentRules.requireQuestionnaireShown(a.status());
        FrameworkDefinition definition = access.framework(a).definition();
        BusinessFunction function = AssessmentRules.function(me.businessFunction());
        Map<String, AnswerRecord> saved = answers.forRespondent(a.tenantId(), a.id(), user.id()).stream()
                .collect(Collectors.toMap(r -> r.key().questionKey(), Function.identity()));
        int total = 0;
        int answered = 0;
        List<DimensionView> dimensions = new ArrayList<>();
        for (Dimension d : definition.dimensions()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Question q : d.questions()) {
                if (!q.isFor(function)) {
                    continue;
                }
                total++;
                AnswerRecord r = saved.get(q.key());
                if (r != null) {
                    answered++;
                }
                questions.add(new QuestionView(
                        q.key(),
                        q.title().get(language, "en"),
                        q.text().get(language, "en"),
                        q.help().get(language, "en"),
                        q.options().stream()
                                .map(o -> new OptionView(o.key(), o.label().get(language, "en")))
                                .toList(),
                        r == null ? null : Autosave.view(r)));
            }
            if (!questions.isEmpty()) {
                dimensions.add(new DimensionView(
                        d.key(),
                        d.name().get(language, "en"),
                        d.description().get(language, "en"),
                        d.businessArea(),
                        questions));
            }
        }
        return new Questionnaire(
                a.id(),
                a.title(),
                a.status(),
                language,
                function.key(),
                definition.notApplicableLabel().get(language, "en"),
                me.submittedAt(),
                new QuestionnaireProgress(answered, total),
                dimensions,
                a.anonymous(),
                campaign.schedule(a));
    }

    /**
     * Marks the caller's questionnaire submitted and says what is still unanswered, from the keys of the saved
     * answers (the questionnaire is not rendered for it).
     */
    @Transactional
    public Submission submit(CurrentUser user, long id) {
        AssessmentRecord a = access.find(user, id);
        RespondentRecord me = access.invited(user, a);
        AssessmentRules.requireSubmittable(a.status());
        BusinessFunction function = AssessmentRules.function(me.businessFunction());
        Set<String> answeredKeys = new HashSet<>(answers.answeredKeys(a.tenantId(), a.id(), user.id()));
        List<String> asked = access.framework(a)
                .definition()
                .questions()
                .filter(q -> q.isFor(function))
                .map(Question::key)
                .toList();
        List<String> unanswered =
                asked.stream().filter(k -> !answeredKeys.contains(k)).toList();
        int answered = asked.size() - unanswered.size();
        Instant at = Instant.now(clock);
        respondents.markSubmitted(a.tenantId(), a.id(), user.id(), at);
        audit.record(
                a.tenantId(),
                user,
                "respondent.submitted",
                "assessment",
                String.valueOf(a.id()),
                Map.of("answered", answered, "total", asked.size()));
        submittedEvents.publishEvent(new RespondentSubmitted(
                user.requireTenant(), a.id(), a.title(), user.id(), answered, asked.size(), at));
        return new Submission(at, answered, asked.size(), unanswered);
    }
}
