package org.clusterworks.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shift-share and classification exercise types: parsed, validated and checked. */
class ExerciseTypesTest {

    static final String SHIFT_SHARE = """
            exercises:
              - id: m1-ss
                type: shift-share
                title: {en: SS, fr: SS, sw: SS}
                years: ["2015", "2020"]
                regions: [A, B]
                industries: [{en: X, fr: X, sw: X}, {en: Y, fr: Y, sw: Y}]
                values: [[100, 300], [200, 400]]
                finalValues: [[150, 300], [210, 440]]
                ask: {region: A, industry: 1}
                tolerance: 0.5
            """;

    @Test
    void theShiftShareAnswerIsTheCompetitiveEffectWorkedOutByHand() {
        var files = CourseLoaderTest.files();
        files.put("modules/01-intro/exercise.yaml", SHIFT_SHARE);
        var ex = (ShiftShareExercise)
                CourseLoaderTest.load(files).module(1).orElseThrow().exercises().getFirst();
        // National growth G = 1100/1000 - 1 = 0.1; industry X: 360/300 - 1 = 0.2; cell A-X: 150/100 - 1 = 0.5.
        // Competitive effect = 100 * (0.5 - 0.2) = 30; national share 100 * 0.1 = 10; industry mix 100 * 0.1 = 10.
        assertThat(ex.answer()).isCloseTo(30, within(1e-9));
        var d = ex.decomposition();
        assertThat(d.nationalShare().get(0, 0)
                        + d.industryMix().get(0, 0)
                        + d.competitive().get(0, 0))
                .isCloseTo(150 - 100, within(1e-9));
        assertThat(ex.accepts(30.4)).isTrue();
        assertThat(ex.accepts(31)).isFalse();
        assertThat(ex.baseYear()).isEqualTo("2015");
    }

    @Test
    void aShiftShareExerciseWithoutFinalValuesOrYearsIsReported() {
        var files = CourseLoaderTest.files();
        files.put(
                "modules/01-intro/exercise.yaml",
                SHIFT_SHARE
                        .replace("    finalValues: [[150, 300], [210, 440]]\n", "")
                        .replace("years: [\"2015\", \"2020\"]", "years: [\"2015\"]"));
        assertThat(CourseLoaderTest.problems(files))
                .contains("modules/01-intro/exercise.yaml: m1-ss: finalValues: missing (a list)")
                .contains("modules/01-intro/exercise.yaml: m1-ss: years: needs the base year and the final year");
    }

    static final String CLASSIFY = """
            exercises:
              - id: m1-swot
                type: classification
                title: {en: SWOT, fr: SWOT, sw: SWOT}
                categories:
                  - {key: s, label: {en: Strength, fr: Force, sw: Uimara}}
                  - {key: w, label: {en: Weakness, fr: Faiblesse, sw: Udhaifu}}
                  - {key: t, label: {en: Threat, fr: Menace, sw: Tishio}}
                items:
                  - {text: {en: Skilled growers, fr: Producteurs qualifiés, sw: Wakulima wenye ujuzi}, category: s}
                  - {text: {en: Bad roads, fr: Routes, sw: Barabara}, category: [w, t]}
            """;

    @Test
    void aClassificationAcceptsEachItemsCategoriesAndCountsTheRightOnes() {
        var files = CourseLoaderTest.files();
        files.put("modules/01-intro/exercise.yaml", CLASSIFY);
        var ex = (ClassifyExercise)
                CourseLoaderTest.load(files).module(1).orElseThrow().exercises().getFirst();
        assertThat(ex.categories()).extracting(ClassifyExercise.Category::key).containsExactly("s", "w", "t");
        assertThat(ex.accepts(Map.of(0, "s", 1, "w"))).isTrue();
        assertThat(ex.accepts(Map.of(0, "s", 1, "t"))).isTrue();
        assertThat(ex.grade(Map.of(0, "w", 1, "t"))).containsExactly(false, true);
        assertThat(ex.grade(Map.of(1, "s"))).containsExactly(false, false);
    }

    @Test
    void aClassificationItemWithAnUnknownCategoryIsReported() {
        var files = CourseLoaderTest.files();
        files.put("modules/01-intro/exercise.yaml", CLASSIFY.replace("category: s}", "category: o}"));
        assertThat(CourseLoaderTest.problems(files))
                .contains("modules/01-intro/exercise.yaml: m1-swot: items[1].category: 'o' is not one of the"
                        + " categories [s, w, t]");
    }
}
