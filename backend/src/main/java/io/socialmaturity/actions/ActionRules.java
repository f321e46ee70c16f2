package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.actions.ActionViews.Warning;
import io.socialmaturity.platform.errors.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;

/** The rules of actions that need no database: status moves, overdue, warnings, the digest's week. */
final class ActionRules {

    private ActionRules() {}

    /**
     * Refuses a move that makes no sense: a dropped action is reopened (to anything but dropped) only with a note
     * saying why (409 {@code reopen-needs-note}, field {@code note}). Every other move is allowed.
     */
    static void requireMove(ActionStatus from, ActionStatus to, @Nullable String note) {
        if (from == ActionStatus.DROPPED && to != ActionStatus.DROPPED && (note == null || note.isBlank())) {
            throw new ConflictException("reopen-needs-note", "problem.reopen-needs-note")
                    .withField("note", "violation.reopen-needs-note");
        }
    }

    /** Open (not done, not dropped) and due before {@code today}. */
    static boolean overdue(ActionStatus status, @Nullable LocalDate dueDate, LocalDate today) {
        return !status.closed() && dueDate != null && dueDate.isBefore(today);
    }

    /** A due date before the day the action was created is accepted with a warning. */
    static List<Warning> warnings(@Nullable LocalDate dueDate, Instant createdAt, ZoneId zone) {
        if (dueDate != null && dueDate.isBefore(LocalDate.ofInstant(createdAt, zone))) {
            return List.of(new Warning("dueDate", "before-creation"));
        }
        return List.of();
    }

    /** When the action became done: now when it moves to done, kept while done, cleared otherwise. */
    static @Nullable Instant doneAt(ActionStatus from, ActionStatus to, @Nullable Instant before, Instant now) {
        if (to != ActionStatus.DONE) {
            return null;
        }
        return from == ActionStatus.DONE && before != null ? before : now;
    }

    /** The ISO week of a day, e.g. {@code 2026-W49}: the digest goes out at most once per owner in it. */
    static String isoWeek(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
