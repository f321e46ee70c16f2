package io.socialmaturity.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server inside the test JVM on localhost:3025, where the realm sends Keycloak's emails (GreenMail, a
 * well-kept mail catcher for tests). Tests can stop it to see what happens when mail cannot be sent.
 */
public final class MailCatcher {

    public static final int SMTP_PORT = 3025;
    private static GreenMail mail;

    private MailCatcher() {}

    public static synchronized void start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        if (!mail.isRunning()) {
            try {
                mail.start();
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "Port " + SMTP_PORT + " is taken: stop the run command's mail catcher "
                                + "(infra/mail.sh stop) before running the backend tests",
                        e);
            }
        }
    }

    public static synchronized void stop() {
        if (mail != null && mail.isRunning()) {
            mail.stop();
        }
    }

    /** The messages sent to this address so far, waiting up to {@code timeout} for at least {@code count}. */
    public static List<MimeMessage> messagesTo(String address, int count, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients())
                                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .toList();
            if (found.size() >= count || Instant.now().isAfter(until)) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }
}
