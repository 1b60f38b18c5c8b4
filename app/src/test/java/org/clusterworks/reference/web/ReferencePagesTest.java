package org.clusterworks.reference.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ReferencePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void the_overview_lists_every_scheme_with_its_size_and_the_attributions() throws Exception {
        mvc.perform(get("/reference").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("NACE Rev. 2"),
                                containsString("996"),
                                containsString("NUTS 2024"),
                                containsString("tz-regions"),
                                containsString("© EuroGeographics for the administrative boundaries"),
                                containsString("Made with Natural Earth"))));
    }

    @Test
    void any_signed_in_user_may_browse_but_anonymous_visitors_are_sent_to_login() throws Exception {
        mvc.perform(get("/reference/classifications/nace-rev2").with(users.as("other")))
                .andExpect(status().isOk());
        mvc.perform(get("/reference")).andExpect(status().is3xxRedirection());
    }

    @Test
    void the_tree_shows_the_sections_and_loads_children_on_demand() throws Exception {
        mvc.perform(get("/reference/classifications/nace-rev2").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("INFORMATION AND COMMUNICATION"),
                                containsString("hx-get=\"/reference/classifications/nace-rev2/J/children\""),
                                containsString("<label for=\"reference-q\""))));
        mvc.perform(get("/reference/classifications/nace-rev2/62.0/children").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("62.01"), not(containsString("<html")))));
    }

    @Test
    void live_search_answers_with_a_fragment_that_says_how_many_it_shows() throws Exception {
        mvc.perform(get("/reference/classifications/nace-rev2/search")
                        .param("q", "software")
                        .with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Showing 5 of 5"), // 4 title matches and division 18 through its notes
                                containsString("58.29"),
                                not(containsString("<html")))));
        mvc.perform(get("/reference/territories/us-fips")
                        .param("q", "los angeles")
                        .with(users.as("viewer")))
                .andExpect(content().string(allOf(containsString("06037"), containsString("Showing 1 of 1"))));
    }

    @Test
    void a_code_page_links_parent_concordances_and_clusters() throws Exception {
        mvc.perform(get("/reference/classifications/nace-rev2/62.01").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/reference/classifications/nace-rev2/62.0\""),
                                containsString("href=\"/reference/classifications/naics-2017/541511\""),
                                containsString("Custom Computer Programming Services"))));
        mvc.perform(get("/reference/classifications/naics-2012/336411").with(users.as("viewer")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Aerospace Vehicles and Defense"), containsString("provisional"))));
    }

    @Test
    void a_nace_code_page_shows_its_explanatory_notes_under_a_heading_with_the_source() throws Exception {
        mvc.perform(get("/reference/classifications/nace-rev2/18").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h2 id=\"notes-title\">Explanatory notes</h2>"),
                                containsString("software on discs or tapes"),
                                containsString("Source: Eurostat, NACE Rev. 2 explanatory notes"))));
        mvc.perform(get("/reference/classifications/nace-rev2/62.01").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("notes-title"))));
    }

    @Test
    void a_territory_page_draws_its_region_on_the_map_with_the_attribution() throws Exception {
        mvc.perform(get("/reference/territories/nuts-2021/DE21").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Oberbayern"),
                                containsString("data-geo=\"/geo/nuts/NUTS_RG_20M_2021_4326_LEVL_2.geojson\""),
                                containsString("data-key=\"DE21\""),
                                containsString("/_static/echarts/6.0.0/dist/echarts.min.js"),
                                containsString("© EuroGeographics"))));
        mvc.perform(get("/reference/territories/iso3166/TZ").with(users.as("viewer")))
                .andExpect(
                        content().string(allOf(containsString("data-key=\"834\""), containsString("Natural Earth"))));
    }

    @Test
    void the_cluster_definition_page_lists_traded_and_local_clusters_with_their_codes() throws Exception {
        mvc.perform(get("/reference").with(users.as("viewer")))
                .andExpect(content().string(containsString("href=\"/reference/clusters/us-benchmark-2016\"")));
        mvc.perform(get("/reference/clusters/us-benchmark-2016").with(users.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("51 traded and 16 local clusters."),
                                containsString("Aerospace Vehicles and Defense"),
                                containsString("href=\"/reference/classifications/naics-2012/336411\""))));
        mvc.perform(get("/reference/clusters/nope").with(users.as("viewer"))).andExpect(status().isNotFound());
    }

    @Test
    void the_map_script_and_geometry_are_served() throws Exception {
        mvc.perform(get("/_static/echarts/6.0.0/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/reference-map.js")).andExpect(status().isOk());
        mvc.perform(get("/geo/us/us-states.geojson")).andExpect(status().isOk());
    }

    @Test
    void pages_speak_french_and_swahili() throws Exception {
        mvc.perform(get("/reference").param("lang", "fr").with(users.as("viewer")))
                .andExpect(content().string(containsString("Données de référence")));
        mvc.perform(get("/reference/territories/tz-regions/TZ-02")
                        .param("lang", "sw")
                        .with(users.as("viewer")))
                .andExpect(content().string(allOf(containsString("Mkoa"), containsString("Dar es Salaam"))));
    }

    @Test
    void unknown_schemes_and_codes_are_not_found() throws Exception {
        mvc.perform(get("/reference/classifications/sic-1987").with(users.as("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reference/territories/nuts-2021/XX99").with(users.as("viewer")))
                .andExpect(status().isNotFound());
    }
}
