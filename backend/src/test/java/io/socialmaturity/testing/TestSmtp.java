package io.socialmaturity.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * An SMTP server of one test class (GreenMail) on a free port of its own, so it needs no lock: the application's
 * {@code maturity.mail.port} points at it. It can be stopped to play a mail server that is down (the port stays
 * reserved for it; nothing else listens there meanwhile).
 */
public final class TestSmtp {

    private final int port = freePort();
    private GreenMail mail;

    public int port() {
        return port;
    }

    public synchronized TestSmtp start() {
        if (mail == null || !mail.isRunning()) {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (mail != null && mail.isRunning()) {
            mail.stop();
        }
    }

    /** Every message received since the last start. */
    public synchronized List<MimeMessage> received() {
        return mail == null ? List.of() : Arrays.asList(mail.getReceivedMessages());
    }

    /** The messages matching, waiting up to {@code timeout} for at least {@code count}. */
    public List<MimeMessage> await(Predicate<MimeMessage> filter, int count, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = received().stream().filter(filter).toList();
            if (found.size() >= count || Instant.now().isAfter(until)) {
                return found;
            }
            sleep(100);
        }
    }

    public static Predicate<MimeMessage> to(String address) {
        return m -> {
            try {
                return m.getAllRecipients() != null
                        && Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole MIME body (both parts), decoded as GreenMail sees it. */
    public static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m);
    }

    /** The decoded parts of a multipart/alternative mail: [0] the text, [1] the HTML. */
    public static List<String> parts(MimeMessage m) {
        try {
            jakarta.mail.internet.MimeMultipart multipart = (jakarta.mail.internet.MimeMultipart) m.getContent();
            List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(String.valueOf(multipart.getBodyPart(i).getContent()));
            }
            return parts;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
