package io.socialmaturity.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

@MappedEntity("framework_version")
record FrameworkVersionRecord(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("framework_key") String frameworkKey,
        int version,
        String contentHash,
        String definition,
        Instant publishedAt) {}
