package io.socialmaturity.benchmark;

import io.micronaut.runtime.event.annotation.EventListener;
import io.socialmaturity.assessment.AssessmentClosed;
import jakarta.inject.Singleton;

/** Keeps history and benchmarks current: runs in the closing transaction (synchronous listener). */
@Singleton
class ClosedAssessmentListener {

    private final BenchmarkService service;

    ClosedAssessmentListener(BenchmarkService service) {
        this.service = service;
    }

    @EventListener
    void onClosed(AssessmentClosed event) {
        service.recordClosed(
                event.tenant(),
                event.assessmentId(),
                event.title(),
                event.frameworkVersionId(),
                event.closedAt(),
                event.result());
    }
}
