package org.clusterworks.identity;

/**
 * Plain-text e-mail through the platform's SMTP settings ({@code SPRING_MAIL_HOST} and the other {@code spring.mail.*}
 * properties), the same sender the workspace invitations use; without them nothing is configured and callers fall
 * back to showing links.
 */
public interface OutgoingMail {

    /** Whether an SMTP server is configured. */
    boolean configured();

    /**
     * Sends one message.
     *
     * @throws IllegalStateException when no SMTP server is configured
     * @throws org.springframework.mail.MailException when the server refuses or cannot be reached
     */
    void send(String to, String subject, String text);

    /**
     * The platform's public address ({@code clusterworks.public-url}) without a trailing slash, or empty when not set
     * (callers then use the address of the current request).
     */
    String publicUrl();
}
