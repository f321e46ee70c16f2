package io.socialmaturity.framework;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Framework versions are platform-wide (not tenant-owned) and only ever inserted. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FrameworkVersionRepository extends GenericRepository<FrameworkVersionRecord, Long> {

    FrameworkVersionRecord save(FrameworkVersionRecord record);

    Optional<FrameworkVersionRecord> findById(long id);

    Optional<FrameworkVersionRecord> findByFrameworkKeyAndVersion(String frameworkKey, int version);

    List<FrameworkVersionRecord> findAllOrderByFrameworkKeyAscAndVersionAsc();
}
