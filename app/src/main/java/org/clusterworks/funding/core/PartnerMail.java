package org.clusterworks.funding.core;

import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.WorkspaceMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a partner invitation link to the workspace members who work for the invited organisation, when SMTP is
 * configured (as identity mails workspace invitations); otherwise the caller shows the link to the lead.
 */
@Component
class PartnerMail {

    private final ObjectProvider<JavaMailSender> mail;
    private final FundingAccess access;
    private final String publicUrl;

    PartnerMail(
            ObjectProvider<JavaMailSender> mail,
            FundingAccess access,
            @Value("${clusterworks.public-url:}") String publicUrl) {
        this.mail = mail;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    String link(CurrentWorkspace ws, String token) {
        String base = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        return base + "/w/" + ws.slug() + "/funding/partner-invitations/" + token;
    }

    /** Sends the link; false when mail is not configured or nobody of the organisation has an address. */
    boolean send(CurrentWorkspace ws, long orgId, Application a, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        var contacts = access.contactsOf(ws.id(), orgId);
        if (contacts.isEmpty()) {
            return false;
        }
        String lead = access.stakeholders()
                .organisation(ws.id(), a.leadOrgId())
                .map(o -> o.name())
                .orElse("");
        for (WorkspaceMember m : contacts) {
            var message = new SimpleMailMessage();
            message.setTo(m.email());
            message.setSubject("ClusterWorks: " + lead + " invites your organisation to a funding application");
            message.setText(lead + " invites your organisation to join the consortium of \"" + a.title() + "\" in "
                    + ws.name() + ".\n\nOpen this link within "
                    + PartnerInvitations.VALID_FOR.toDays() + " days to accept or refuse: " + link + "\n");
            sender.send(message);
        }
        return true;
    }
}
