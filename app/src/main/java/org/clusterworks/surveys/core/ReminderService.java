package org.clusterworks.surveys.core;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.OutgoingMail;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderContacts;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * E-mails the pending respondents of an open round their personal link: an invitation the first time, a reminder
 * afterwards, never twice to one respondent within {@code clusterworks.surveys.reminder-interval} (default 3 days).
 * Each message sent is recorded; respondents without an address stay on the page's list of links.
 */
@Service
class ReminderService {

    static final String INVITATION = "INVITATION";
    static final String REMINDER = "REMINDER";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    /** What one sending did: e-mails sent, respondents reminded too recently, without an address, failed. */
    record Outcome(int sent, int tooRecent, int noAddress, int failed) {}

    private final SurveyService surveys;
    private final ReminderRepository reminders;
    private final OutgoingMail mail;
    private final StakeholderContacts contacts;
    private final MessageSource messages;
    private final Duration interval;

    ReminderService(
            SurveyService surveys,
            ReminderRepository reminders,
            OutgoingMail mail,
            StakeholderContacts contacts,
            MessageSource messages,
            @Value("${clusterworks.surveys.reminder-interval:3d}") Duration interval) {
        this.surveys = surveys;
        this.reminders = reminders;
        this.mail = mail;
        this.contacts = contacts;
        this.messages = messages;
        this.interval = interval;
    }

    boolean mailConfigured() {
        return mail.configured();
    }

    Duration interval() {
        return interval;
    }

    /** The latest e-mail sent to each respondent of the round. */
    Map<Long, ReminderRepository.Sent> sent(long roundId) {
        return reminders.latest(roundId);
    }

    /**
     * Sends the round's pending respondents their link; {@code base} is the platform's address used when no public
     * address is configured.
     */
    Outcome remind(long ws, long roundId, AuthenticatedUser user, String base, Locale locale) {
        SurveyRound round = surveys.round(ws, roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput(Map.of("round", "surveys.reminders.not-open"));
        }
        if (!mail.configured()) {
            throw new InvalidInput(Map.of("mail", "surveys.reminders.no-mail"));
        }
        String root = mail.publicUrl().isEmpty() ? base : mail.publicUrl();
        String initiative = surveys.initiatives()
                .find(ws, round.initiativeId())
                .map(InitiativeSummary::name)
                .orElse("");
        Map<Long, ReminderRepository.Sent> last = reminders.latest(roundId);
        OffsetDateTime now = RoundRepository.now();
        int sent = 0;
        int recent = 0;
        int none = 0;
        int failed = 0;
        for (SurveyService.PanelEntry p : surveys.panel(ws, roundId)) {
            Respondent r = p.respondent();
            if (r.anonymous() || r.submitted()) {
                continue;
            }
            ReminderRepository.Sent previous = last.get(r.id());
            if (previous != null && previous.sentAt().plus(interval).isAfter(now)) {
                recent++;
                continue;
            }
            var address = contacts.emailFor(ws, r.organisationId(), r.personId());
            if (address.isEmpty()) {
                none++;
                continue;
            }
            String kind = previous == null ? INVITATION : REMINDER;
            Object[] args = {
                round.name(),
                initiative,
                root + "/respond/" + r.token(),
                round.closesOn() == null ? "-" : round.closesOn().toString(),
                p.person() != null ? p.person() : p.organisation() == null ? "" : p.organisation()
            };
            try {
                mail.send(
                        address.get(),
                        messages.getMessage("surveys.mail.subject." + kind, args, locale),
                        messages.getMessage("surveys.mail.body." + kind, args, locale));
                reminders.record(r.id(), kind, address.get(), now, user.id());
                sent++;
            } catch (MailException e) {
                LOG.warn(
                        "Survey {} e-mail to respondent {} of round {} failed: {}",
                        kind,
                        r.id(),
                        roundId,
                        e.getMessage());
                failed++;
            }
        }
        return new Outcome(sent, recent, none, failed);
    }
}
