package org.clusterworks.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The real sign-in form: a new session id at login, and a lock after repeated failures even for the right password. */
@WebTest
class LoginSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private String newUser(String name) {
        users.create(name, name, null, encoder.encode("correct horse battery"), false);
        return name;
    }

    private String signIn(String user, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", password)
                        .with(csrf())
                        .session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        String user = newUser("login-session-user");
        var session = (MockHttpSession)
                mvc.perform(get("/login")).andReturn().getRequest().getSession();
        String before = session.getId();
        var result = mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", "correct horse battery")
                        .with(csrf())
                        .session(session))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoTheRightOneIsRefusedToo() throws Exception {
        String user = newUser("login-throttle-user");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(signIn(user, "guess-" + i, new MockHttpSession())).contains("/login?error");
        }
        assertThat(signIn(user, "correct horse battery", new MockHttpSession())).contains("/login?error");
        String other = newUser("login-throttle-bystander");
        assertThat(signIn(other, "correct horse battery", new MockHttpSession()))
                .doesNotContain("error");
    }
}
