package io.socialmaturity.actions;

import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.users.DirectoryUser;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells an owner they were assigned an action (template {@value #TEMPLATE}), queued through the mail outbox in the
 * assignment's transaction; subject {@code action:<id>}, recipient the owner's user id. Owners without an email get
 * none.
 */
@Singleton
class AssignmentMails {

    static final String TEMPLATE = "action-assigned";

    private final MailQueue mail;
    private final AppProperties app;
    private final ActionTargets targets;

    AssignmentMails(MailQueue mail, AppProperties app, ActionTargets targets) {
        this.mail = mail;
        this.app = app;
        this.targets = targets;
    }

    void assigned(ActionRecord a, DirectoryUser owner) {
        if (owner.email() == null || owner.email().isBlank()) {
            return;
        }
        Locale locale = locale(owner.locale());
        boolean italian = "it".equals(locale.getLanguage());
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", owner.displayName());
        model.put("title", a.title());
        model.put(
                "dimension",
                targets.dimensionName(a.frameworkKey(), a.frameworkVersion(), a.dimensionKey(), locale.getLanguage()));
        model.put(
                "dueDate",
                a.dueDate() == null
                        ? (italian ? "nessuna" : "none")
                        : a.dueDate().format(DateTimeFormatter.ofPattern(italian ? "d/M/yyyy" : "d MMM yyyy", locale)));
        model.put("link", link(app.publicUrl()));
        mail.enqueue(new OutgoingMail(
                a.tenantId(),
                "action:" + a.id(),
                owner.id(),
                owner.email(),
                owner.displayName(),
                locale,
                TEMPLATE,
                model));
    }

    static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("it") ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /** The home page, where "My actions" are. */
    static String link(String publicUrl) {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
