package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.Owner;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.platform.spreadsheet.Xlsx;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The action plan as a CSV or XLSX file (tenant admins): the rows and filters of the plan API, one row per action,
 * with stable column keys and typed cells (dates as dates, cost and levels as numbers), written by the product's one
 * CSV and XLSX writers, so the exports' formula-injection guard applies to titles, descriptions and names. Every
 * export is audited ({@code action-plan.exported}).
 */
@Singleton
class ActionExports {

    /** CSV or XLSX, with the same columns and values. */
    enum Format {
        CSV,
        XLSX
    }

    static final List<String> HEADER = List.of(
            "action_id",
            "title",
            "description",
            "dimension_key",
            "dimension",
            "question_keys",
            "owners",
            "owner_functions",
            "due_date",
            "status",
            "overdue",
            "effort",
            "cost_estimate",
            "expected_level",
            "source_assessment_id",
            "source_recommendation",
            "done_at",
            "created_at",
            "updated_at");

    private final ActionReads reads;
    private final AuditService audit;

    ActionExports(ActionReads reads, AuditService audit) {
        this.reads = reads;
        this.audit = audit;
    }

    byte[] export(
            CurrentUser admin,
            @Nullable String dimension,
            @Nullable String ownerId,
            @Nullable ActionStatus status,
            String language,
            Format format) {
        List<Action> items =
                reads.plan(admin, dimension, ownerId, status, language).items();
        List<List<Object>> rows = items.stream().map(ActionExports::row).toList();
        byte[] file = format == Format.CSV
                ? Csv.write(HEADER, rows)
                : Xlsx.workbook().sheet("Action plan", HEADER, rows).toBytes();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name().toLowerCase());
        details.put("lang", language);
        details.put("rows", rows.size());
        Map<String, Object> filters = new LinkedHashMap<>();
        if (dimension != null && !dimension.isBlank()) {
            filters.put("dimension", dimension);
        }
        if (ownerId != null && !ownerId.isBlank()) {
            filters.put("owner", ownerId);
        }
        if (status != null) {
            filters.put("status", status.name());
        }
        if (!filters.isEmpty()) {
            details.put("filters", filters);
        }
        audit.record(admin.tenantId(), admin, "action-plan.exported", "action-plan", "plan", details);
        return file;
    }

    static List<Object> row(Action a) {
        List<Object> cells = new ArrayList<>(HEADER.size());
        cells.add(a.id());
        cells.add(a.title());
        cells.add(a.description());
        cells.add(a.dimension());
        cells.add(a.dimensionName());
        cells.add(a.questionKeys().isEmpty() ? null : String.join(" ", a.questionKeys()));
        cells.add(
                a.owners().isEmpty()
                        ? null
                        : a.owners().stream().map(Owner::displayName).collect(Collectors.joining("; ")));
        cells.add(
                a.owners().isEmpty()
                        ? null
                        : a.owners().stream()
                                .map(o -> o.businessFunction() == null ? "" : o.businessFunction())
                                .collect(Collectors.joining("; ")));
        cells.add(a.dueDate());
        cells.add(a.status().name());
        cells.add(a.overdue());
        cells.add(a.effort() == null ? null : a.effort().name());
        cells.add(a.costEstimate());
        cells.add(a.expectedLevel());
        cells.add(a.sourceAssessmentId());
        cells.add(a.sourceRecommendationKey());
        cells.add(a.doneAt());
        cells.add(a.createdAt());
        cells.add(a.updatedAt());
        return cells;
    }
}
