package io.socialmaturity.assessment;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Saves one answer as the respondent gives it. Idempotent: the same content again returns the stored answer
 * unchanged. A write based on an older revision than the stored one is refused with 409 and the current answer.
 * The facts it checks come in one query that holds a shared lock on the assessment, so a close waits for it.
 */
@Singleton
class Autosave {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FrameworkCatalog frameworks;
    private final AuditService audit;
    private final Clock clock;

    Autosave(
            AssessmentRepository assessments,
            AnswerRepository answers,
            FrameworkCatalog frameworks,
            AuditService audit,
            Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AnswerView saveAnswer(CurrentUser user, long id, String questionKey, SaveAnswer command) {
        long tenantId = user.tenantId();
        AnswerContext context = assessments
                .answerContext(tenantId, id, user.id())
                .filter(c -> !AssessmentStatus.DRAFT.name().equals(c.status()))
                .orElseThrow(() -> NotFoundException.of("problem.not-found.assessment", id));
        AssessmentRules.requireAnswerable(AssessmentStatus.valueOf(context.status()));
        Question question = frameworks
                .byId(context.frameworkVersionId())
                .definition()
                .question(questionKey)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.question", questionKey));
        AnswerContent content =
                AnswerContent.of(question, AssessmentRules.function(context.businessFunction()), command);
        Instant at = Instant.now(clock);
        int base = command.baseRevision();
        Optional<AnswerRecord> current = answers.lock(tenantId, id, user.id(), questionKey);
        if (current.isPresent()) {
            AnswerRecord c = current.get();
            if (content.sameAs(c)) {
                return view(c); // a retried save: nothing changes
            }
            if (base != c.revision()) {
                throw stale(c);
            }
            answers.update(
                    tenantId,
                    id,
                    user.id(),
                    questionKey,
                    content.optionKey(),
                    content.notApplicable(),
                    content.comment(),
                    content.evidenceUrl(),
                    at,
                    base);
        } else {
            if (base != 0) {
                throw new ConflictException("stale-answer", "problem.stale-answer.missing")
                        .withExtra(Map.of("current", Map.of()));
            }
            try {
                answers.insert(
                        tenantId,
                        id,
                        user.id(),
                        questionKey,
                        content.optionKey(),
                        content.notApplicable(),
                        content.comment(),
                        content.evidenceUrl(),
                        at);
            } catch (DataAccessException e) {
                // the same respondent saved the same question concurrently: the other write won
                AnswerRecord winner =
                        answers.lock(tenantId, id, user.id(), questionKey).orElseThrow(() -> e);
                if (content.sameAs(winner)) {
                    return view(winner);
                }
                throw stale(winner);
            }
        }
        if (!context.anonymous()) {
            // an anonymous assessment writes no row per answer: who saved when, beside the live results, would tie a
            // change in the figures to a person (docs/ENGINE.md, "Anonymous assessments")
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("question", questionKey);
            details.put("answer", content.notApplicable() ? "not-applicable" : content.optionKey());
            details.put("revision", base + 1);
            audit.record(tenantId, user, "answer.saved", "assessment", String.valueOf(id), details);
        }
        return new AnswerView(
                questionKey,
                content.optionKey(),
                content.notApplicable(),
                content.comment(),
                content.evidenceUrl(),
                base + 1,
                at);
    }

    static AnswerView view(AnswerRecord r) {
        return new AnswerView(
                r.key().questionKey(),
                r.optionKey(),
                r.notApplicable(),
                r.comment(),
                r.evidenceUrl(),
                r.revision(),
                r.updatedAt());
    }

    private static ConflictException stale(AnswerRecord current) {
        return new ConflictException("stale-answer", "problem.stale-answer.changed", current.revision())
                .withExtra(Map.of("current", view(current)));
    }
}
