package io.socialmaturity.assessment;

import io.micronaut.runtime.event.annotation.EventListener;
import io.socialmaturity.users.BusinessFunctionChanged;
import jakarta.inject.Singleton;

/**
 * A user's new business function reaches the assessments still running (draft or open), so their answers count for
 * the function they now speak for in the live results and the perception gap. Closed assessments keep the function
 * their snapshot was computed with.
 */
@Singleton
class RespondentFunctionSync {

    private final RespondentRepository respondents;

    RespondentFunctionSync(RespondentRepository respondents) {
        this.respondents = respondents;
    }

    @EventListener
    void on(BusinessFunctionChanged event) {
        respondents.moveToFunction(event.tenantId(), event.userId(), event.businessFunction());
    }
}
