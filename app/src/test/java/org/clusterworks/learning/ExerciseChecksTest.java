package org.clusterworks.learning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The course's shift-share and classification exercises, checked on the server. */
@WebTest
class ExerciseChecksTest {

    static final String COURSE = "/w/demo/learning/cluster-development";

    /** The accepted SWOT quadrant of each of the twelve Tabora findings (module 4's answer key). */
    static final String[] SWOT = {
        "strength", "weakness", "opportunity", "threat", "strength", "weakness",
        "opportunity", "threat", "strength", "weakness", "opportunity", "threat"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    MockHttpServletRequestBuilder swot(String[] answers) {
        var request = post(COURSE + "/modules/4/exercise/m4-swot-tabora-honey")
                .with(users.as("learner"))
                .with(csrf());
        for (int i = 0; i < answers.length; i++) {
            request.param("item" + i, answers[i]);
        }
        return request;
    }

    @Test
    void theShiftShareAnswerIsTheCompetitiveEffectComputedByHand() throws Exception {
        mvc.perform(get(COURSE + "/modules/2/exercise").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Competitive (regional) effect of Food processing in Arusha")));
        String path = COURSE + "/modules/2/exercise/m2-shift-share-arusha-food";
        // Arusha food processing 1500 -> 2100 jobs (+40 %); food processing nationally 4800 -> 5700 (+18.75 %):
        // competitive effect 1500 x (0.40 - 0.1875) = 318.75 (Dunn 1960).
        mvc.perform(post(path)
                        .param("answer", "318.75")
                        .with(users.as("learner"))
                        .with(csrf()))
                .andExpect(content().string(containsString("Correct: that is the competitive effect")));
        mvc.perform(post(path).param("answer", "319").with(users.as("learner")).with(csrf()))
                .andExpect(content().string(containsString("Correct: that is the competitive effect")));
        // The whole change (600) and the national-share effect (1500 x 0.11125 = 166.875) are not it.
        mvc.perform(post(path).param("answer", "600").with(users.as("learner")).with(csrf()))
                .andExpect(content().string(containsString("Not quite. Competitive effect")));
        mvc.perform(post(path)
                        .param("answer", "166.9")
                        .with(users.as("learner"))
                        .with(csrf()))
                .andExpect(content().string(containsString("Not quite. Competitive effect")));
    }

    @Test
    void theSwotClassificationAcceptsTheAnswerKeyAndEitherReadingOfTransport() throws Exception {
        mvc.perform(swot(SWOT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correct: every item is in an accepted category.")));
        String[] transportAsThreat = SWOT.clone();
        transportAsThreat[9] = "threat";
        mvc.perform(swot(transportAsThreat))
                .andExpect(content().string(containsString("Correct: every item is in an accepted category.")));
        String[] twoWrong = SWOT.clone();
        twoWrong[0] = "opportunity";
        twoWrong[3] = "weakness";
        mvc.perform(swot(twoWrong))
                .andExpect(content().string(containsString("10 of 12 items are in an accepted category.")))
                .andExpect(content().string(containsString("not right")));
        String[] missing = java.util.Arrays.copyOf(SWOT, 11);
        mvc.perform(swot(missing))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Please classify every item before checking.")));
    }

    @Test
    void theResultsChainExerciseIsShownInSwahili() throws Exception {
        mvc.perform(get(COURSE + "/modules/8/exercise?lang=sw").with(users.as("learner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weka kila kauli kwenye mnyororo wa matokeo")))
                .andExpect(content().string(containsString("Athari ya muda mrefu")));
    }
}
