package io.socialmaturity.erasure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Erases a person from one tenant: their user id, email(s), username and full name(s) are replaced by a stable
 * pseudonym ({@link #pseudonym}) in every text column (VARCHAR, CHAR, TEXT, JSON) of every table with a tenant column
 * ({@code tenant_id}, {@code company_tenant_id}, {@code consultancy_tenant_id}, ...; {@code tenant_alias} for the
 * platform's trail), limited to that tenant's rows. The tables are found in information_schema when the erasure
 * runs, so a table added later is covered without a change here.
 *
 * <p>The respondent rows go first; their key change cascades to the answers (V26), so the results are computed from
 * the same answers and stay the same. Result snapshots, otherwise immutable, accept the update while the session
 * variable {@code @maturity_erasure} is set (V26's trigger); it is set and cleared here, on the transaction's
 * connection. Emails still queued for the person are dropped. The erasure is recorded in the tenant's and in the
 * platform's trail under the pseudonym, with counts only.
 *
 * <p>Single name parts (a first name alone) are not replaced: they would also change other people's words.
 */
@Singleton
public class PersonErasure {

    static final String PREFIX = "erased-";
    static final String EMAIL_DOMAIN = "@erased.invalid";
    static final String NAME_PREFIX = "Erased person ";
    /** Shorter identifiers are not replaced: they would match inside unrelated words. */
    static final int MIN_LENGTH = 3;

    /**
     * A Keycloak user id. Anything else is no person: "system" (the actor of the jobs) or an entity id such as an
     * assessment's number would otherwise be replaced in every text of the tenant.
     */
    private static final Pattern USER_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Set<String> TEXT_TYPES =
            Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json");

    private final TransactionOperations<Connection> transactions;
    private final AuditService audit;
    private final byte[] key;

    PersonErasure(TransactionOperations<Connection> transactions, AuditService audit, ErasureProperties properties) {
        this.transactions = transactions;
        this.audit = audit;
        this.key = properties.pseudonymKey().getBytes(StandardCharsets.UTF_8);
    }

    /** An erased person's stand-in: the same tenant, user and key always give the same one. */
    @Serdeable
    public record Pseudonym(String id, String name, String email) {}

    /** What the caller knows of the person before their account goes (from the identity provider). */
    public record KnownIdentifiers(Set<String> emails, Set<String> names, Set<String> usernames) {

        public static KnownIdentifiers of(
                @Nullable String email,
                @Nullable String username,
                @Nullable String firstName,
                @Nullable String lastName) {
            Set<String> names = new LinkedHashSet<>();
            if (firstName != null && lastName != null) {
                names.add(firstName.strip() + " " + lastName.strip());
                names.add(lastName.strip() + " " + firstName.strip());
                names.add(lastName.strip() + ", " + firstName.strip());
            }
            return new KnownIdentifiers(
                    email == null ? Set.of() : Set.of(email), names, username == null ? Set.of() : Set.of(username));
        }
    }

    /** What the erasure changed. */
    public record Result(Pseudonym pseudonym, int rowsChanged, int respondentRows, int mailsDropped) {}

    public Pseudonym pseudonym(long tenantId, String userId) {
        String hex;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            hex = HexFormat.of().formatHex(mac.doFinal((tenantId + ":" + userId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        String id = PREFIX + hex.substring(0, 16);
        return new Pseudonym(id, NAME_PREFIX + hex.substring(0, 6), id + EMAIL_DOMAIN);
    }

    /** Whether {@code userId} has the form of a user's id (a Keycloak UUID); only such an id can be erased. */
    public static boolean isUserId(String userId) {
        return USER_ID.matcher(userId).matches();
    }

    /**
     * Whether a row of the tenant still names this user: as a respondent, an action owner, or in the audit trail (as
     * the actor, or the user an entry is about). Never for what is not a user's id ({@link #isUserId}).
     */
    public boolean knows(long tenantId, String userId) {
        if (!isUserId(userId)) {
            return false;
        }
        return transactions.executeRead(status -> {
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement("SELECT 1 FROM respondent WHERE tenant_id = ? AND user_id = ?"
                            + " UNION ALL SELECT 1 FROM action_owner WHERE tenant_id = ? AND user_id = ?"
                            + " UNION ALL SELECT 1 FROM audit_event WHERE tenant_id = ?"
                            + " AND (actor_id = ? OR (entity_type = 'user' AND entity_id = ?)) LIMIT 1")) {
                s.setLong(1, tenantId);
                s.setString(2, userId);
                s.setLong(3, tenantId);
                s.setString(4, userId);
                s.setLong(5, tenantId);
                s.setString(6, userId);
                s.setString(7, userId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Replaces the person's identifiers (the user id, {@code known} ones and those the tenant's rows hold) by their
     * pseudonym in the tenant's rows, drops emails queued for them and records the erasure. Joins the caller's
     * transaction.
     */
    public Result erase(CurrentUser actor, long tenantId, String tenantAlias, String userId, KnownIdentifiers known) {
        if (!isUserId(userId)) {
            throw new IllegalArgumentException("not a user id: " + userId);
        }
        Pseudonym p = pseudonym(tenantId, userId);
        return transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            Set<String> emails = new LinkedHashSet<>(known.emails());
            Set<String> names = new LinkedHashSet<>(known.names());
            rowIdentifiers(c, tenantId, userId, emails, names);
            Map<String, String> replacements = replacements(userId, emails, names, known.usernames(), p);
            int mails = dropQueuedMail(c, tenantId, userId, emails);
            int respondents = eraseRespondent(c, tenantId, userId, p);
            int rows;
            try (Statement s = c.createStatement()) {
                s.execute("SET @maturity_erasure = 1");
            }
            try {
                rows = replaceEverywhere(c, tenantId, tenantAlias, replacements);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET @maturity_erasure = NULL");
                }
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("pseudonymName", p.name());
            details.put("rowsChanged", rows);
            details.put("respondentRows", respondents);
            details.put("mailsDropped", mails);
            audit.record(tenantId, actor, "person.erased", "person", p.id(), details);
            audit.recordPlatform(actor, "person.erased", tenantAlias, "person", p.id(), details);
            return new Result(p, rows, respondents, mails);
        });
    }

    /** The emails and display names the tenant's rows hold for the user. */
    private static void rowIdentifiers(
            Connection c, long tenantId, String userId, Set<String> emails, Set<String> names) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT display_name, email FROM respondent WHERE tenant_id = ? AND user_id = ?"
                        + " UNION SELECT display_name, email FROM action_owner WHERE tenant_id = ? AND user_id = ?"
                        + " UNION SELECT actor_name, NULL FROM audit_event WHERE tenant_id = ? AND actor_id = ?")) {
            s.setLong(1, tenantId);
            s.setString(2, userId);
            s.setLong(3, tenantId);
            s.setString(4, userId);
            s.setLong(5, tenantId);
            s.setString(6, userId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String email = rs.getString(2);
                    if (name != null && !name.isBlank()) {
                        // a display name that is an email (no names given) is an email
                        (name.contains("@") ? emails : names).add(name.strip());
                    }
                    if (email != null && !email.isBlank()) {
                        emails.add(email.strip());
                    }
                }
            }
        }
    }

    /** Identifier → pseudonym, the longest identifiers first, so a name inside a longer identifier goes with it. */
    static Map<String, String> replacements(
            String userId,
            Collection<String> emails,
            Collection<String> names,
            Collection<String> usernames,
            Pseudonym p) {
        Map<String, String> byIdentifier = new TreeMap<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            put(byIdentifier, name, p.name());
        }
        for (String username : usernames) {
            put(byIdentifier, username, username.contains("@") ? p.email() : p.id());
        }
        for (String email : emails) {
            put(byIdentifier, email, p.email());
            put(byIdentifier, email.toLowerCase(Locale.ROOT), p.email());
        }
        put(byIdentifier, userId, p.id());
        return byIdentifier;
    }

    private static void put(Map<String, String> m, @Nullable String identifier, String replacement) {
        if (identifier != null && identifier.strip().length() >= MIN_LENGTH) {
            m.put(identifier.strip(), replacement);
        }
    }

    /**
     * Drops the emails still queued for the person: addressed to their id (the recipient reference) or to one of
     * their addresses (the payload's {@code to}). Other people's mails that name them are pseudonymised instead.
     */
    private static int dropQueuedMail(Connection c, long tenantId, String userId, Set<String> emails)
            throws SQLException {
        StringBuilder sql = new StringBuilder("DELETE FROM outbox_message WHERE tenant_id = ? AND kind = 'email'"
                + " AND status = 'QUEUED' AND (recipient_ref = ?");
        for (int i = 0; i < emails.size(); i++) {
            sql.append(" OR recipient_ref = ? OR JSON_UNQUOTE(JSON_EXTRACT(payload, '$.to')) = ?");
        }
        sql.append(')');
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setLong(i++, tenantId);
            s.setString(i++, userId);
            for (String email : emails) {
                s.setString(i++, email);
                s.setString(i++, email);
            }
            return s.executeUpdate();
        }
    }

    /** The respondent rows first: their key change cascades to the answers. */
    private static int eraseRespondent(Connection c, long tenantId, String userId, Pseudonym p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE respondent SET user_id = ?, display_name = ?,"
                + " email = ? WHERE tenant_id = ? AND user_id = ?")) {
            s.setString(1, p.id());
            s.setString(2, p.name());
            s.setString(3, p.email());
            s.setLong(4, tenantId);
            s.setString(5, userId);
            return s.executeUpdate();
        }
    }

    /** One table's tenant columns and text columns. */
    private record TableColumns(String table, List<String> tenantIds, boolean byAlias, List<String> texts) {}

    private static int replaceEverywhere(
            Connection c, long tenantId, String tenantAlias, Map<String, String> replacements) throws SQLException {
        int changed = 0;
        for (TableColumns t : tenantTables(c)) {
            if (t.texts().isEmpty()) {
                continue;
            }
            changed += replaceIn(c, t, tenantId, tenantAlias, replacements);
        }
        return changed;
    }

    /** Every base table with a tenant column, with its text columns, from information_schema. */
    private static List<TableColumns> tenantTables(Connection c) throws SQLException {
        Map<String, List<String>> tenantIds = new TreeMap<>();
        Map<String, Boolean> byAlias = new TreeMap<>();
        Map<String, List<String>> texts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE"
                + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String column = rs.getString(2).toLowerCase(Locale.ROOT);
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    if (column.equals("tenant_id") || column.endsWith("_tenant_id")) {
                        tenantIds.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                    } else if (column.equals("tenant_alias")) {
                        byAlias.put(table, true);
                    } else if (TEXT_TYPES.contains(type)) {
                        texts.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                    }
                }
            }
        }
        List<TableColumns> tables = new ArrayList<>();
        for (String table : texts.keySet()) {
            List<String> ids = tenantIds.getOrDefault(table, List.of());
            boolean alias = byAlias.getOrDefault(table, false);
            if (!ids.isEmpty() || alias) {
                tables.add(new TableColumns(table, ids, alias && ids.isEmpty(), texts.get(table)));
            }
        }
        return tables;
    }

    private static int replaceIn(
            Connection c, TableColumns t, long tenantId, String tenantAlias, Map<String, String> replacements)
            throws SQLException {
        StringBuilder sql =
                new StringBuilder("UPDATE ").append(quote(t.table())).append(" SET ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < t.texts().size(); i++) {
            String column = quote(t.texts().get(i));
            String expression = column;
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                expression = "REPLACE(" + expression + ", ?, ?)";
                params.add(r.getKey());
                params.add(r.getValue());
            }
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(expression);
        }
        sql.append(" WHERE (");
        if (t.byAlias()) {
            sql.append("tenant_alias = ?");
            params.add(tenantAlias);
        } else {
            for (int i = 0; i < t.tenantIds().size(); i++) {
                sql.append(i == 0 ? "" : " OR ")
                        .append(quote(t.tenantIds().get(i)))
                        .append(" = ?");
                params.add(tenantId);
            }
        }
        sql.append(") AND (");
        boolean first = true;
        for (String text : t.texts()) {
            for (String identifier : replacements.keySet()) {
                sql.append(first ? "" : " OR ").append(quote(text)).append(" LIKE ?");
                params.add(contains(identifier));
                first = false;
            }
        }
        sql.append(')');
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                if (v instanceof Long l) {
                    s.setLong(i + 1, l);
                } else {
                    s.setString(i + 1, (String) v);
                }
            }
            return s.executeUpdate();
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A LIKE pattern for "contains", with the pattern's own characters escaped. */
    static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
