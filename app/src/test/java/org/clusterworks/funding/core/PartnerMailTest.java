package org.clusterworks.funding.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.WorkspaceMember;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.stakeholders.Stakeholders;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The partner invitation link is mailed to the invited organisation's people when SMTP is configured. */
class PartnerMailTest {

    final CurrentWorkspace ws = new CurrentWorkspace(1, "demo", "Demo", WorkspaceRole.MEMBER);
    final Domain.Application app = new Domain.Application(
            7,
            3,
            1,
            11,
            null,
            "Cold rooms",
            null,
            null,
            null,
            null,
            Domain.Status.DRAFT,
            0,
            null,
            null,
            null,
            null,
            null,
            null);

    FundingAccess access(List<WorkspaceMember> contacts) {
        FundingAccess access = mock(FundingAccess.class);
        Stakeholders stakeholders = mock(Stakeholders.class);
        when(access.stakeholders()).thenReturn(stakeholders);
        when(stakeholders.organisation(1, 11)).thenReturn(Optional.empty());
        when(access.contactsOf(1, 22)).thenReturn(contacts);
        return access;
    }

    @Test
    void theLinkGoesToEveryPersonOfThePartnerWithAnAddress() {
        JavaMailSender sender = mock(JavaMailSender.class);
        List<SimpleMailMessage> sent = new ArrayList<>();
        Mockito.doAnswer(i -> sent.add(i.getArgument(0))).when(sender).send(Mockito.any(SimpleMailMessage.class));
        var provider = new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        var mail = new PartnerMail(
                provider,
                access(List.of(
                        new WorkspaceMember(5, "amina", "Amina", "amina@example.org", WorkspaceRole.MEMBER),
                        new WorkspaceMember(6, "juma", "Juma", "juma@example.org", WorkspaceRole.MEMBER))),
                "https://cw.example.org/");
        String link = mail.link(ws, "secret-token");
        assertThat(link).isEqualTo("https://cw.example.org/w/demo/funding/partner-invitations/secret-token");
        assertThat(mail.send(ws, 22, app, link)).isTrue();
        assertThat(sent).extracting(m -> m.getTo()[0]).containsExactly("amina@example.org", "juma@example.org");
        assertThat(sent.get(0).getText()).contains(link, "Cold rooms", "14 days");
    }

    @Test
    void withoutMailOrWithoutAnAddressTheLeadIsShownTheLink() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        assertThat(new PartnerMail(none, access(List.of()), "").send(ws, 22, app, "/l"))
                .isFalse();
        var provider = new StaticListableBeanFactory(Map.of("mail", mock(JavaMailSender.class)))
                .getBeanProvider(JavaMailSender.class);
        assertThat(new PartnerMail(provider, access(List.of()), "").send(ws, 22, app, "/l"))
                .isFalse();
    }
}
