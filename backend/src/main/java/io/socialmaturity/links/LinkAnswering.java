package io.socialmaturity.links;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.assessment.RespondentsByLink;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * A respondent without an account answers through their link: the token is hashed and looked up, and only a
 * live link (not revoked, not expired, not replaced, of an active tenant) becomes a caller. That caller's tenant,
 * assessment and respondent ref come from the link's row alone, and it has no role, so the assessment feature's
 * own questionnaire, autosave and submit rules apply to it unchanged. Every dead link answers the same 404.
 */
@Singleton
class LinkAnswering {

    private final ExternalRespondentRepository externals;
    private final RespondentsByLink byLink;
    private final TenantService tenants;
    private final Clock clock;

    LinkAnswering(
            ExternalRespondentRepository externals, RespondentsByLink byLink, TenantService tenants, Clock clock) {
        this.externals = externals;
        this.byLink = byLink;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The link's assessment and the respondent it stands for. */
    record LinkCaller(long assessmentId, CurrentUser respondent) {}

    @Transactional
    public Questionnaire questionnaire(String token, String language) {
        LinkCaller caller = resolve(token);
        return byLink.questionnaire(caller.respondent(), caller.assessmentId(), language);
    }

    @Transactional
    public AnswerView saveAnswer(String token, String questionKey, SaveAnswer command) {
        LinkCaller caller = resolve(token);
        return byLink.saveAnswer(caller.respondent(), caller.assessmentId(), questionKey, command);
    }

    @Transactional
    public Submission submit(String token) {
        LinkCaller caller = resolve(token);
        return byLink.submit(caller.respondent(), caller.assessmentId());
    }

    LinkCaller resolve(String token) {
        if (!LinkTokens.wellFormed(token)) {
            throw unavailable();
        }
        String hash = LinkTokens.hash(token);
        Instant now = Instant.now(clock);
        ExternalRespondentRecord r = externals
                .byTokenHash(hash)
                .filter(found -> found.tokenHash() != null && LinkTokens.sameHash(found.tokenHash(), hash))
                .filter(found -> ExternalRespondents.state(found, now) == LinkApi.LinkState.ACTIVE)
                .orElseThrow(LinkAnswering::unavailable);
        Tenant tenant = tenants.findById(r.tenantId()).filter(Tenant::active).orElseThrow(LinkAnswering::unavailable);
        return new LinkCaller(
                r.assessmentId(),
                new CurrentUser(r.ref(), r.email(), r.name(), Set.of(), r.businessFunction(), tenant));
    }

    /** One answer for a guessed, expired, revoked or replaced link: nothing tells them apart. */
    static NotFoundException unavailable() {
        return new NotFoundException("link-unavailable", "problem.link-unavailable");
    }
}
