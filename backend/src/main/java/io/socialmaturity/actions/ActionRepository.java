package io.socialmaturity.actions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The plan's tables; every query binds the caller's tenant except the digest's search, which answers ids only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionRepository extends GenericRepository<ActionRecord, Long> {

    ActionRecord save(ActionRecord record);

    @Query("SELECT * FROM action_item WHERE tenant_id = :tenantId AND id = :id")
    Optional<ActionRecord> find(long tenantId, long id);

    @Query("SELECT * FROM action_item WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<ActionRecord> lock(long tenantId, long id);

    @Query("SELECT * FROM action_item WHERE tenant_id = :tenantId ORDER BY id")
    List<ActionRecord> ofTenant(long tenantId);

    @Query("""
            SELECT a.* FROM action_item a JOIN action_owner o ON o.tenant_id = a.tenant_id AND o.action_id = a.id
            WHERE a.tenant_id = :tenantId AND o.user_id = :userId ORDER BY a.id""")
    List<ActionRecord> ofOwner(long tenantId, String userId);

    @Query("""
            UPDATE action_item SET title = :title, description = :description, dimension_key = :dimensionKey,
                question_keys = :questionKeys, due_date = :dueDate, status = :status, effort = :effort,
                cost_estimate = :costEstimate, expected_level = :expectedLevel, done_at = :doneAt, updated_at = :at
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(
            long tenantId,
            long id,
            String title,
            @Nullable String description,
            String dimensionKey,
            String questionKeys,
            @Nullable LocalDate dueDate,
            ActionStatus status,
            @Nullable String effort,
            @Nullable BigDecimal costEstimate,
            @Nullable Integer expectedLevel,
            @Nullable Instant doneAt,
            Instant at);

    @Query("DELETE FROM action_item WHERE tenant_id = :tenantId AND id = :id")
    void delete(long tenantId, long id);

    /** Done of all (dropped apart) and overdue per tenant, the same counts as the plan's progress. */
    @Query("""
            SELECT tenant_id,
                SUM(CASE WHEN status <> 'DROPPED' THEN 1 ELSE 0 END) AS total,
                SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END) AS done,
                SUM(CASE WHEN status = 'DROPPED' THEN 1 ELSE 0 END) AS dropped,
                SUM(CASE WHEN status NOT IN ('DONE', 'DROPPED') AND due_date < :today THEN 1 ELSE 0 END) AS overdue
            FROM action_item WHERE tenant_id IN (:tenantIds) GROUP BY tenant_id""")
    List<PlanCountRow> counts(Collection<Long> tenantIds, LocalDate today);

    // owners

    @Query("""
            SELECT action_id, user_id, display_name, email, business_function, locale FROM action_owner
            WHERE tenant_id = :tenantId ORDER BY action_id, display_name""")
    List<OwnerRow> ownersOfTenant(long tenantId);

    @Query("""
            SELECT action_id, user_id, display_name, email, business_function, locale FROM action_owner
            WHERE tenant_id = :tenantId AND action_id IN (:actionIds) ORDER BY action_id, display_name""")
    List<OwnerRow> owners(long tenantId, Collection<Long> actionIds);

    @Query("""
            INSERT INTO action_owner (tenant_id, action_id, user_id, display_name, email, business_function, locale)
            VALUES (:tenantId, :actionId, :userId, :displayName, :email, :businessFunction, :locale)""")
    void addOwner(
            long tenantId,
            long actionId,
            String userId,
            String displayName,
            @Nullable String email,
            @Nullable String businessFunction,
            @Nullable String locale);

    @Query("DELETE FROM action_owner WHERE tenant_id = :tenantId AND action_id = :actionId")
    void clearOwners(long tenantId, long actionId);

    // update log

    @Query("""
            INSERT INTO action_update (tenant_id, action_id, at, actor_id, actor_name, kind, changes, note)
            VALUES (:tenantId, :actionId, :at, :actorId, :actorName, :kind, :changes, :note)""")
    void log(
            long tenantId,
            long actionId,
            Instant at,
            String actorId,
            @Nullable String actorName,
            String kind,
            @Nullable String changes,
            @Nullable String note);

    @Query("""
            SELECT id, action_id, at, actor_id, actor_name, kind, changes, note FROM action_update
            WHERE tenant_id = :tenantId AND action_id = :actionId ORDER BY id DESC""")
    List<UpdateRow> updates(long tenantId, long actionId);

    // weekly digest

    @CrossTenant(
            "the digest job finds the owners of overdue actions of every tenant; ids only, each handled in its tenant")
    @Query("""
            SELECT DISTINCT o.tenant_id AS tenant_id, o.user_id AS user_id FROM action_owner o
            JOIN action_item a ON a.tenant_id = o.tenant_id AND a.id = o.action_id
            WHERE a.due_date < :today AND a.status NOT IN ('DONE', 'DROPPED')
            ORDER BY o.tenant_id, o.user_id LIMIT 2000""")
    List<OwnerRef> ownersWithOverdue(LocalDate today);

    @Query("""
            SELECT a.* FROM action_item a JOIN action_owner o ON o.tenant_id = a.tenant_id AND o.action_id = a.id
            WHERE a.tenant_id = :tenantId AND o.user_id = :userId AND a.due_date < :today
              AND a.status NOT IN ('DONE', 'DROPPED') ORDER BY a.due_date, a.id""")
    List<ActionRecord> overdueOf(long tenantId, String userId, LocalDate today);

    @Query("""
            INSERT IGNORE INTO action_digest (tenant_id, user_id, iso_week, queued_at, claim)
            VALUES (:tenantId, :userId, :isoWeek, :at, :claim)""")
    void claimDigest(long tenantId, String userId, String isoWeek, Instant at, String claim);

    @Query("""
            SELECT claim FROM action_digest WHERE tenant_id = :tenantId AND user_id = :userId AND iso_week = :isoWeek
            FOR UPDATE""")
    Optional<String> digestClaim(long tenantId, String userId, String isoWeek);

    /** An owner of some tenant, as the digest job finds them. */
    @Introspected
    record OwnerRef(long tenantId, String userId) {}
}
