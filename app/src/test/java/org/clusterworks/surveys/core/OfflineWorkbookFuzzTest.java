package org.clusterworks.surveys.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.shared.FuzzedWorkbooks;

/**
 * Coverage-guided fuzzing of the offline answers upload: any file gives answers by respondent or problems that each
 * start with the file's name and, for a cell, name row and column; never an exception. Raw bytes are seeded with a
 * fill-in workbook of the shape the download writes; generated well-formed workbooks reach the row logic and must
 * never be called unreadable. Replayed in every test run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class OfflineWorkbookFuzzTest {

    private static final String FILE = "answers-R1.xlsx";
    private static final Map<String, Respondent> RESPONDENTS = Map.of(
            "R1", new Respondent(1, 9, 11L, null, "t1", false, Respondent.PENDING, null, null),
            "R2", new Respondent(2, 9, 12L, null, "t2", false, Respondent.IN_PROGRESS, null, null),
            "R3", new Respondent(3, 9, 13L, null, "t3", false, Respondent.SUBMITTED, null, null));
    private static final List<String> WORDS = new ArrayList<>(List.of(
            "R1", "R2", "R3", "R4", "employees", "sector", "comment", "hort agro", "42", "", " ", "select_one sector"));

    static {
        WORDS.addAll(OfflineController.HEAD);
    }

    @FuzzTest(maxDuration = "3m")
    void anyBytesGiveAnswersOrProblemsNamingFileRowAndColumn(byte[] bytes) {
        check(bytes, false);
    }

    @FuzzTest(maxDuration = "3m")
    void generatedWorkbooksGiveAnswersOrProblemsNamingFileRowAndColumn(FuzzedDataProvider data) {
        check(FuzzedWorkbooks.workbook(data, List.of("answers", "Answers", "notes"), WORDS), true);
    }

    private static void check(byte[] bytes, boolean wellFormed) {
        Map<Respondent, Map<String, List<String>>> answers = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        OfflineWorkbook.read(FILE, new ByteArrayInputStream(bytes), RESPONDENTS, answers, where, problems);
        assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(FILE));
        assertThat(problems)
                .filteredOn(p -> p.contains(" row "))
                .allSatisfy(p -> assertThat(p).containsPattern(" row \\d+ column \\S"));
        if (wellFormed) {
            assertThat(problems).noneSatisfy(p -> assertThat(p).contains("not a readable"));
        }
        assertThat(answers.keySet()).noneMatch(Respondent::submitted);
        answers.forEach((r, byQuestion) ->
                byQuestion.keySet().forEach(q -> assertThat(where).containsKey(r.key() + "/" + q)));
    }
}
