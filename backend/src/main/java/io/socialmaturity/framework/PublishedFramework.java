package io.socialmaturity.framework;

import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.scoring.ScoringEngine;

/** A published, immutable framework version with the scoring engine prepared for it. */
public record PublishedFramework(long id, String key, int version, String contentHash, FrameworkDefinition definition,
                                 ScoringEngine engine) {
}
