package io.socialmaturity.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * {@code maturity.mail.*}: the SMTP server the outbox delivers emails to, and the sender they come from. The
 * default, localhost:3025 without authentication, is the run command's mail catcher (infra/mail.sh).
 *
 * @param username with {@code password}: SMTP authentication (absent: none)
 * @param starttls upgrade the connection with STARTTLS, and refuse a server that does not offer it
 * @param timeout connecting, reading and writing each give up after this long (shorter than the outbox lease)
 */
@ConfigurationProperties("maturity.mail")
public record MailProperties(
        @Bindable(defaultValue = "localhost") @NotBlank String host,
        @Bindable(defaultValue = "3025") @Min(1) @Max(65535) int port,

        @Bindable(defaultValue = "no-reply@social-maturity.example") @NotBlank
        String fromAddress,

        @Bindable(defaultValue = "Social Maturity") @NotBlank
        String fromName,

        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean starttls,
        @Bindable(defaultValue = "10s") Duration timeout) {

    boolean authenticates() {
        return username != null && !username.isBlank();
    }

    /** The domain of the sender's address, which the Message-IDs carry. */
    String domain() {
        int at = fromAddress.lastIndexOf('@');
        return at < 0 ? "localhost" : fromAddress.substring(at + 1);
    }
}
