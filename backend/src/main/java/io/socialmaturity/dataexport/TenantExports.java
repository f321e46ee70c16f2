package io.socialmaturity.dataexport;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.platform.web.StreamedBody;
import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The tenant's data export (tenant admins of a company or a consultancy): reads everything ({@link TenantData}),
 * turns each data set into a JSON file and, where it is a table, a CSV file (the product's one CSV writer, with its
 * formula-injection guard), records {@code tenant.exported} in the audit trail, and answers the ZIP with its manifest
 * ({@link ExportArchive}), compressed on the blocking executor while the server sends it ({@link StreamedBody}), so
 * the ZIP is never held whole. Every refusal happens before the first byte.
 */
@Singleton
class TenantExports {

    /** What the controller answers: the download's name and the ZIP, read as it is written. */
    record Prepared(String filename, InputStream zip) {}

    private final TenantData data;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService executor;

    TenantExports(
            TenantData data,
            AuditService audit,
            JsonMapper json,
            Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.data = data;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.executor = executor;
    }

    Prepared export(CurrentUser admin, String language) {
        if (!admin.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.export-tenant");
        }
        Tenant tenant = admin.requireTenant();
        Instant at = Instant.now(clock);
        List<ExportFile> files = files(data.read(admin, language));

        Map<String, Object> rows = new LinkedHashMap<>();
        files.forEach(f -> rows.put(f.name(), f.rows()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("formatVersion", ExportArchive.FORMAT_VERSION);
        details.put("lang", language);
        details.put("rows", rows);
        audit.record(tenant.id(), admin, "tenant.exported", "tenant", tenant.alias(), details);

        String by = admin.name() != null ? admin.name() : admin.email() != null ? admin.email() : admin.id();
        byte[] manifest = bytes(ExportArchive.manifest(tenant, at, by, files));
        InputStream zip = StreamedBody.of(executor, out -> ExportArchive.write(out, manifest, files, at));
        return new Prepared(ExportArchive.filename(tenant.alias(), at), zip);
    }

    private List<ExportFile> files(TenantData.Read d) {
        List<ExportFile> files = new ArrayList<>();
        files.add(json(
                "assessments.json",
                "Every assessment as the assessments API shows it to a tenant admin: status, framework, dates,"
                        + " targets, schedule, progress, completion and respondents",
                d.assessments()));
        files.add(csv(
                "assessments.csv",
                "One row per assessment",
                ExportTables.ASSESSMENTS,
                ExportTables.assessments(d.assessments())));
        files.add(csv(
                "respondents.csv",
                "One row per respondent of an assessment (invited, submitted, answers given)",
                ExportTables.RESPONDENTS,
                ExportTables.respondents(d.assessments())));
        files.add(json(
                "answers.json",
                "Per assessment, every respondent's answers with comments and evidence links; in an anonymous"
                        + " assessment each answer stands alone, tied to nobody",
                d.answers()));
        files.add(csv(
                "answers.csv",
                "One row per respondent and question meant for them (answered or not)",
                ExportTables.ANSWERS,
                ExportTables.answers(d.answers())));
        files.add(json(
                "results.json",
                "The result of every closed assessment as the results API shows it to a tenant admin",
                d.results()));
        files.add(csv(
                "results.csv",
                "Closed results: the overall row, then per dimension everyone's and each disclosed business function's",
                ExportTables.RESULTS,
                ExportTables.results(d.results())));
        files.add(
                json("actions.json", "The action plan: every action with its owners and its update log", d.actions()));
        files.add(csv("actions.csv", "One row per action", ExportTables.ACTIONS, ExportTables.actions(d.actions())));
        files.add(csv(
                "action-updates.csv",
                "One row per entry of the actions' update logs (who, when, what changed, the note)",
                ExportTables.ACTION_UPDATES,
                ExportTables.actionUpdates(d.actions(), this::text)));
        files.add(json(
                "users.json",
                "The tenant's users' profile fields: name, email, business function, roles, status, locale",
                d.users()));
        files.add(csv("users.csv", "One row per user", ExportTables.USERS, ExportTables.users(d.users())));
        files.add(json(
                "engagements.json",
                "Consulting engagements: the consultancies this company granted access to, or this consultancy's"
                        + " clients",
                d.engagements()));
        files.add(csv(
                "engagements.csv",
                "One row per engagement",
                ExportTables.ENGAGEMENTS,
                ExportTables.engagements(d.engagements())));
        files.add(json("audit.json", "The tenant's audit trail until this export, newest first", d.audit()));
        files.add(csv(
                "audit.csv", "One row per audit entry", ExportTables.AUDIT, ExportTables.audit(d.audit(), this::text)));
        return files;
    }

    private ExportFile json(String name, String description, List<?> items) {
        return new ExportFile(name, description, items.size(), bytes(items));
    }

    private static ExportFile csv(String name, String description, List<String> header, List<List<Object>> rows) {
        return new ExportFile(name, description, rows.size(), Csv.write(header, rows));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
