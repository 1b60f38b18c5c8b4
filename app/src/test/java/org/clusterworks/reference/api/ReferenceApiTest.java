package org.clusterworks.reference.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebTest
class ReferenceApiTest {

    @Autowired
    MockMvc mvc;

    /** A GET signed with the demo analyst's API token, as a script would send it. */
    private static MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + DemoUsers.ANALYST_TOKEN);
    }

    @Test
    void without_a_token_the_api_answers_401() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/classifications/nace-rev2/codes/62.01"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_nace_class_comes_with_parent_children_and_concordances() throws Exception {
        mvc.perform(get("/api/v1/classifications/nace-rev2/codes/62.01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("62.01"))
                .andExpect(jsonPath("$.title").value("Computer programming activities"))
                .andExpect(jsonPath("$.level").value(4))
                .andExpect(jsonPath("$.parent").value("62.0"))
                .andExpect(jsonPath("$.concordances[*].code", hasItem("541511")));
        mvc.perform(get("/api/v1/classifications/nace-rev2/codes/18"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes", containsString("software on discs or tapes")));
        mvc.perform(get("/api/v1/classifications/nace-rev2/codes/J"))
                .andExpect(jsonPath("$.parent").doesNotExist())
                .andExpect(jsonPath("$.children", hasItems("58", "62", "63")));
    }

    @Test
    void a_naics_2012_code_lists_its_benchmark_cluster() throws Exception {
        mvc.perform(get("/api/v1/classifications/naics-2012/codes/336411"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clusters[0].clusterName").value("Aerospace Vehicles and Defense"))
                .andExpect(jsonPath("$.clusters[0].provisional").value(true));
    }

    @Test
    void search_returns_hits_total_and_honours_the_limit() throws Exception {
        mvc.perform(get("/api/v1/classifications/nace-rev2/search").param("q", "software"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(50))
                .andExpect(jsonPath("$.items[*].code", hasItem("58.29")));
        mvc.perform(get("/api/v1/classifications/naics-2017/search")
                        .param("q", "manufacturing")
                        .param("limit", "3"))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(3)));
        mvc.perform(get("/api/v1/territories/nuts-2021/search").param("q", "oberbayern"))
                .andExpect(jsonPath("$.items[0].code").value("DE21"));
    }

    @Test
    void a_limit_out_of_range_is_brought_within_1_to_500_and_an_empty_query_finds_nothing() throws Exception {
        mvc.perform(get("/api/v1/classifications/naics-2017/search")
                        .param("q", "a")
                        .param("limit", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(500));
        mvc.perform(get("/api/v1/territories/us-fips/search")
                        .param("q", "county")
                        .param("limit", "-3"))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/territories/us-fips/search").param("q", "  "))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/classifications/nace-rev2/search")
                        .param("q", "x")
                        .param("limit", "lots"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_us_county_names_its_state_and_its_map() throws Exception {
        mvc.perform(get("/api/v1/territories/us-fips/06037"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Los Angeles County"))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.parent").value("06"))
                .andExpect(jsonPath("$.geometry.path").value("/geo/us/us-counties.geojson"))
                .andExpect(jsonPath("$.geometry.featureProperty").value("id"))
                .andExpect(jsonPath("$.geometry.featureKey").value("06037"));
        mvc.perform(get("/api/v1/territories/iso3166/DE"))
                .andExpect(jsonPath("$.numeric").value("276"))
                .andExpect(jsonPath("$.geometry.featureKey").value("276"))
                .andExpect(jsonPath("$.geometry.attribution")
                        .value(org.hamcrest.Matchers.containsString("Natural Earth")));
        mvc.perform(get("/api/v1/territories/nuts-2021/DE21"))
                .andExpect(jsonPath("$.geometry.attribution")
                        .value(org.hamcrest.Matchers.startsWith("© EuroGeographics")));
        mvc.perform(get("/api/v1/territories/nuts-2021/DE2"))
                .andExpect(jsonPath("$.parent").value("DE"))
                .andExpect(jsonPath("$.children", hasItem("DE21")));
    }

    @Test
    void an_unknown_code_is_a_404_problem_naming_scheme_and_code() throws Exception {
        mvc.perform(get("/api/v1/classifications/nace-rev2/codes/99.99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.scheme").value("nace-rev2"))
                .andExpect(jsonPath("$.code").value("99.99"));
        mvc.perform(get("/api/v1/territories/us-fips/99999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("99999"));
    }

    @Test
    void an_unknown_scheme_is_a_404_problem_naming_the_scheme() throws Exception {
        mvc.perform(get("/api/v1/classifications/sic-1987/codes/7372"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.scheme").value("sic-1987"));
        mvc.perform(get("/api/v1/territories/nuts-2013/search").param("q", "DE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_openapi_description_documents_the_reference_endpoints() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/classifications/{scheme}/codes/{code}'].get.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/territories/{scheme}/search'].get")
                        .exists());
    }

    @Test
    void scheme_lists_report_sizes() throws Exception {
        mvc.perform(get("/api/v1/classifications"))
                .andExpect(jsonPath("$[?(@.scheme == 'nace-rev2')].size").value(996));
        mvc.perform(get("/api/v1/territories"))
                .andExpect(jsonPath("$[?(@.scheme == 'tz-regions')].size").value(31));
    }
}
