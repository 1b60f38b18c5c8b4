package org.clusterworks.surveys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

/** Provides a JavaMailSender that keeps simple messages instead of sending them, as if SMTP were configured. */
@TestConfiguration
public class CapturingMailSender {

    @Bean
    Captured javaMailSender() {
        return new Captured();
    }

    /** The capturing sender. */
    public static final class Captured extends JavaMailSenderImpl {

        private final List<SimpleMailMessage> sent = Collections.synchronizedList(new ArrayList<>());

        /** The messages sent so far, oldest first. */
        public List<SimpleMailMessage> sent() {
            return List.copyOf(sent);
        }

        @Override
        public void send(SimpleMailMessage simpleMessage) {
            sent.add(simpleMessage);
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) {
            sent.addAll(List.of(simpleMessages));
        }

        @Override
        public void send(MimeMessagePreparator... preparators) {
            throw new UnsupportedOperationException("Only simple messages are captured");
        }
    }
}
