package org.clusterworks.surveys.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

    static final Form FORM = XlsFormTest.sample();

    static Answers.Outcome check(Map<String, List<String>> raw, boolean complete) {
        return Answers.check(
                FORM,
                raw,
                (k, w) -> k.equals("partners.7") ? (w.equals("frequency") ? "2" : "9") : null,
                List.of(7L, 8L),
                complete);
    }

    @Test
    void anAnswerToASkippedQuestionIsDroppedAndItsRequiredFlagIgnored() {
        Answers.Outcome o = check(Map.of("exports", List.of("no"), "export_share", List.of("40")), true);
        assertThat(o.problems()).isEmpty();
        assertThat(o.values()).containsExactly(Map.entry("exports", "no"));
        assertThat(o.relevant()).doesNotContain("export_share").contains("exports", "satisfied", "partners");
    }

    @Test
    void aShownQuestionIsRequiredOnlyOnSubmissionAndItsConstraintAlwaysHolds() {
        assertThat(check(Map.of("exports", List.of("yes")), true).problems())
                .containsExactly(new Answers.Problem("export_share", "surveys.answer.required", null));
        assertThat(check(Map.of("exports", List.of("yes")), false).problems()).isEmpty();
        assertThat(check(Map.of("exports", List.of("yes"), "export_share", List.of("101")), false)
                        .problems())
                .containsExactly(new Answers.Problem("export_share", "surveys.answer.constraint", "Between 0 and 100"));
        assertThat(check(Map.of("exports", List.of("yes"), "export_share", List.of("12,50")), true)
                        .values())
                .containsEntry("export_share", "12.5");
    }

    @Test
    void choicesMustComeFromTheirListAndOrganisationsFromThePickableOnes() {
        assertThat(check(Map.of("exports", List.of("maybe")), false).problems())
                .extracting(Answers.Problem::messageKey)
                .containsExactly("surveys.answer.choice");
        assertThat(check(Map.of("exports", List.of("no"), "partners", List.of("7", "99")), false)
                        .problems())
                .extracting(Answers.Problem::messageKey)
                .containsExactly("surveys.answer.organisation");
        Answers.Outcome o = check(Map.of("exports", List.of("no"), "partners", List.of("8", "7", "7")), true);
        assertThat(o.values()).containsEntry("partners", "8 7");
        // a sub-answer outside its list (trust 9) is not kept
        assertThat(o.ties())
                .containsExactly(new Answers.Tie("partners", 8, null, null), new Answers.Tie("partners", 7, "2", null));
    }

    @Test
    void aQuestionInsideASkippedSectionIsSkipped() {
        Form form = new Form(
                "t",
                "t",
                null,
                "en",
                List.of(
                        new Item(ItemType.INTEGER, null, "n", Text.of("N"), null, false, null, null, null, null, null),
                        new Item(
                                ItemType.BEGIN_GROUP,
                                null,
                                "g",
                                Text.of("G"),
                                null,
                                false,
                                "${n} > 2",
                                null,
                                null,
                                null,
                                null),
                        new Item(ItemType.TEXT, null, "t", Text.of("T"), null, true, null, null, null, null, null),
                        new Item(ItemType.END_GROUP, null, null, null, null, false, null, null, null, null, null),
                        new Item(
                                ItemType.TEXT,
                                null,
                                "after",
                                Text.of("A"),
                                null,
                                false,
                                "${t} = 'x'",
                                null,
                                null,
                                null,
                                null)),
                List.of());
        Answers.Outcome o = Answers.check(
                form,
                Map.of("n", List.of("1"), "t", List.of("x"), "after", List.of("y")),
                (k, w) -> null,
                List.of(),
                true);
        assertThat(o.values()).containsExactly(Map.entry("n", "1"));
        assertThat(o.problems()).isEmpty();
        Answers.Outcome shown = Answers.check(form, Map.of("n", List.of("3")), (k, w) -> null, List.of(), true);
        assertThat(shown.problems()).extracting(Answers.Problem::question).containsExactly("t");
    }
}
