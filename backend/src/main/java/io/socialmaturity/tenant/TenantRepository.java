package io.socialmaturity.tenant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantRepository extends CrudRepository<TenantRecord, Long> {

    Optional<TenantRecord> findByAlias(String alias);

    List<TenantRecord> findByIdIn(java.util.Collection<Long> ids);

    List<TenantRecord> findByKindAndStatusOrderByName(TenantKind kind, TenantStatus status);
}
