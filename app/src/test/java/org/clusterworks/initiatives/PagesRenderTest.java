package org.clusterworks.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every stakeholder and initiative page renders in English, French and Swahili for the roles that use it. */
@WebTest
class PagesRenderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyPageRendersInEveryLanguageWithoutMissingMessages() throws Exception {
        long arusha = id("select id from initiative where name = 'Arusha Horticulture Cluster'");
        long org = id("select id from organisation where name = 'Kimaro Greens Ltd'");
        long meeting = id("select min(id) from meeting where initiative_id = " + arusha);
        String i = "/w/demo/initiatives/" + arusha;
        List<String> pages = List.of(
                "/w/demo/organisations",
                "/w/demo/organisations?helix=BUSINESS&size=sme&sector=01&territory=TZ",
                "/w/demo/organisations/new",
                "/w/demo/organisations/" + org,
                "/w/demo/organisations/" + org + "/edit",
                "/w/demo/organisations/duplicates",
                "/w/demo/organisations/import",
                "/w/demo/organisations/map",
                "/w/demo/initiatives",
                "/w/demo/initiatives/new",
                i,
                i + "/edit",
                i + "/members",
                i + "/members?q=a",
                i + "/governance",
                i + "/meetings/" + meeting,
                i + "/documents",
                i + "/profile");
        List<String> problems = new ArrayList<>();
        for (String who : List.of("manager", "officer")) {
            for (String lang : List.of("en", "fr", "sw")) {
                for (String page : pages) {
                    var r = mvc.perform(get(page + (page.contains("?") ? "&" : "?") + "lang=" + lang)
                                    .with(users.as(who)))
                            .andReturn()
                            .getResponse();
                    String body = r.getContentAsString();
                    if (r.getStatus() != 200) {
                        problems.add(who + " " + lang + " " + page + ": " + r.getStatus());
                    } else if (body.contains("{0}") || body.contains("{1}")) {
                        problems.add(who + " " + lang + " " + page + ": unformatted message argument");
                    } else if (body.contains("??")) {
                        int at = body.indexOf("??");
                        problems.add(who + " " + lang + " " + page + ": missing message "
                                + body.substring(at, Math.min(body.length(), at + 60)));
                    }
                }
            }
        }
        for (String page : List.of(
                "/w/demo/organisations",
                "/w/demo/organisations/" + org,
                i,
                i + "/members",
                i + "/governance",
                i + "/meetings/" + meeting,
                i + "/documents",
                i + "/profile")) {
            var r = mvc.perform(get(page).with(users.as("member"))).andReturn().getResponse();
            if (r.getStatus() != 200 || r.getContentAsString().contains("??")) {
                problems.add("member " + page + ": " + r.getStatus());
            }
        }
        assertThat(problems).isEmpty();
    }
}
