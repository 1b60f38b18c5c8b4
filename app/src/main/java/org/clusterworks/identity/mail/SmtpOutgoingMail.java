package org.clusterworks.identity.mail;

import org.clusterworks.identity.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** {@link OutgoingMail} over Spring Boot's {@link JavaMailSender}, present only when {@code spring.mail.host} is set. */
@Component
class SmtpOutgoingMail implements OutgoingMail {

    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;

    SmtpOutgoingMail(ObjectProvider<JavaMailSender> mail, @Value("${clusterworks.public-url:}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    @Override
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void send(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server is configured (spring.mail.host)");
        }
        var message = new SimpleMailMessage();
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }

    @Override
    public String publicUrl() {
        return publicUrl.isBlank() ? "" : publicUrl.replaceAll("/+$", "");
    }
}
