package org.clusterworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void staticFilesWebJarsAndEChartsAreServedCachedForAWeek() throws Exception {
        for (String path : new String[] {
            "/css/clusterworks.css",
            "/js/clusterworks.js",
            "/img/favicon.svg",
            "/geo/us/us-states.geojson",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/picocss__pico/css/pico.min.css",
            "/_static/echarts/6.0.0/dist/echarts.min.js"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=604800"));
        }
    }

    @Test
    void nothingElseOnTheClassPathIsServed() throws Exception {
        for (String path : new String[] {
            "/application.properties", "/static/css/clusterworks.css", "/db/migration", "/css/../application.properties"
        }) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isNotEqualTo(200);
        }
    }
}
