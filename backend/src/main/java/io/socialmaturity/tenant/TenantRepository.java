package io.socialmaturity.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantRepository extends CrudRepository<TenantRecord, Long> {

    Optional<TenantRecord> findByAlias(String alias);

    /** Locks the tenant's row until the transaction ends: serializes changes that must see each other. */
    @Query("SELECT id FROM tenant WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @Query("""
            SELECT * FROM tenant WHERE (:search IS NULL OR alias LIKE :search OR name LIKE :search)
            ORDER BY name, id LIMIT :limit OFFSET :offset""")
    List<TenantRecord> page(@Nullable String search, int limit, long offset);

    @Query("SELECT COUNT(*) FROM tenant WHERE (:search IS NULL OR alias LIKE :search OR name LIKE :search)")
    long count(@Nullable String search);

    List<TenantRecord> findByIdIn(java.util.Collection<Long> ids);

    List<TenantRecord> findByKindAndStatusOrderByName(TenantKind kind, TenantStatus status);
}
