package org.clusterworks.shared.i18n;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.clusterworks.support.ApiTokensForTests;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(ApiTokensForTests.class)
class LanguageNegotiationTest {

    private static final String NAMELESS = "{\"name\":\"\",\"helix\":\"BUSINESS\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests api;

    @Autowired
    DemoUsers users;

    @Test
    void apiErrorsAreInTheLanguageTheClientAsksForInAcceptLanguage() throws Exception {
        for (String[] c : new String[][] {
            {"fr-FR,fr;q=0.9,en;q=0.5", "est obligatoire"},
            {"sw", "inahitajika"},
            {"de-DE,de;q=0.9", "is required"},
            {"xx;;q=bad", "is required"}
        }) {
            mvc.perform(post("/api/v1/workspaces/demo/organisations")
                            .header("Accept-Language", c[0])
                            .with(api.bearer("manager"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(NAMELESS))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", Matchers.hasItem(c[1])));
        }
    }

    @Test
    void aLanguageChosenInTheMenuWinsOverTheBrowsersHeader() throws Exception {
        mvc.perform(get("/w/demo/organisations")
                        .header("Accept-Language", "fr")
                        .cookie(new Cookie("clusterworks-lang", "sw"))
                        .with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"sw\"")));
        mvc.perform(get("/w/demo/organisations")
                        .header("Accept-Language", "fr-CA")
                        .with(users.as("manager")))
                .andExpect(content().string(Matchers.containsString("lang=\"fr\"")));
    }
}
