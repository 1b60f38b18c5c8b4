package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clusterworks.observatory.core.Answer;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Programme;
import org.clusterworks.observatory.importing.ImportFailed;
import org.clusterworks.observatory.importing.ImportReport;
import org.clusterworks.observatory.importing.ReportImporter;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import of the 2019 report: each trap of observatory-import-notes.md lands where it belongs, the import is
 * all-or-nothing with problems named by file, row and column, and it can be run again.
 */
@WebTest
class ReportImporterTest {

    @Autowired
    ReportImporter importer;

    @Autowired
    ObservatoryRepository repository;

    @Autowired
    JdbcClient jdbc;

    private Programme programme(String key) {
        return repository.programmeByKey(key).orElseThrow();
    }

    private List<Answer> answers(String key, String dimension) {
        return repository.answersOf(programme(key)).stream()
                .filter(a -> a.dimension().equals(dimension))
                .toList();
    }

    @Test
    void greekProgrammesWithoutLabelOrNameAreGreekAndNamedFromTable3() {
        // Table 8 L2415-2416: logos stripped, no names, country cell only on the first row; forward-filling the
        // previous label would file them under Germany.
        assertThat(programme("GR-1").country()).isEqualTo("GR");
        assertThat(programme("GR-2").name())
                .isEqualTo("Support for space technologies, creative industries, micro-nano technologies");
        assertThat(repository.search(new org.clusterworks.observatory.core.ProgrammeQuery(
                        Level.NATIONAL, "DE", null, null, null, null, null, null, null, null, null)))
                .extracting(Programme::name)
                .containsExactly(
                        "KMU-NetC",
                        "Internationalisation of Leading-Edge Clusters, Forward-Looking Projects and Comparable"
                                + " Networks (Clusters - Networks - International)",
                        "Innovationsforen Mittelstand (Innovation Fora SMEs)");
        // The continuation row of Greece's second programme (after a page break) keeps its objectives.
        assertThat(answers("GR-2", "objective")).extracting(Answer::itemCode).contains("internationalisation");
    }

    @Test
    void namesCutByPageBreaksAreMergedAndVariantsNormalised() {
        assertThat(programme("ME-1").name())
                .isEqualTo("Program for stimulating the development of clusters in Montenegro (2 phases)");
        assertThat(programme("ME-1").countryName()).isEqualTo("Montenegro"); // "Monte-negro" in Table 8
        assertThat(programme("DE-3").name()).contains("Innovationsforen Mittelstand"); // "Innovationsforen n"
        // "World class clusters, European Silicon Valleys0" (L2443) is the closed item.
        assertThat(answers("RO-2", "cluster_type")).extracting(Answer::itemCode).contains("world_class");
        // Hungary's "Supporting internationalisation of <i>cluster management...</i>" = item 7 plus its own text.
        assertThat(answers("HU-1", "objective"))
                .extracting(Answer::itemCode, Answer::otherText)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("internationalisation", null),
                        org.assertj.core.groups.Tuple.tuple(null, "cluster management and cluster members"));
    }

    @Test
    void italicAnswersAreOtherAnswersKeptApartFromTheClosedList() {
        List<Answer> types = answers("DE-2", "cluster_type");
        assertThat(types.stream().filter(Answer::other).map(Answer::otherText))
                .containsExactly(
                        "Clusters and comparable networks with explicit management organizations and governance"
                                + " mechanisms");
        assertThat(types.stream().filter(a -> !a.other()).map(Answer::itemCode))
                .containsExactlyInAnyOrder("emerging_technologies", "emerging_industries", "world_class");
    }

    @Test
    void regionsAreFiledByAnExplicitMapNotByTheFlattenedCountryColumn() {
        // Table 9 L2493-2494: the "Italy" label sits on the Piemonte row, so Lombardia would fall under Germany.
        var lombardia = repository.regions("IT").stream()
                .filter(r -> r.name().equals("Lombardia"))
                .findFirst()
                .orElseThrow();
        assertThat(lombardia.nutsCode()).isEqualTo("ITC4");
        // Table 5 L830: Pohjois-Pohjanmaa is printed in the Country column; L898-899: Northamptonshire's own status
        // is on the line after D2N2's programme.
        var finland = repository.regions("FI");
        assertThat(finland).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("Pohjois-Pohjanmaa");
            assertThat(r.policy()).isTrue();
        });
        assertThat(repository.regions("GB"))
                .filteredOn(r -> r.name().equals("Northamptonshire"))
                .singleElement()
                .satisfies(r -> assertThat(r.programmesStated()).isEqualTo("1"));
        // D2N2's "Catalysing growth ..." is printed on the Northamptonshire row of Table 5; Tables 6 and 9 put it
        // under D2N2, and so does the import.
        Programme catalysing = repository
                .search(new org.clusterworks.observatory.core.ProgrammeQuery(
                        Level.REGIONAL, "GB", null, null, null, null, null, null, null, null, "Catalysing growth"))
                .getFirst();
        assertThat(catalysing.regionName()).isEqualTo("Derby, Derbyshire, Nottingham and Nottinghamshire");
        // Regional objectives belong to the region, not to a programme.
        Answer objective = repository.answersOf(catalysing).stream()
                .filter(a -> a.dimension().equals("objective"))
                .findFirst()
                .orElseThrow();
        assertThat(objective.programmeId()).isNull();
        assertThat(objective.regionId()).isEqualTo(catalysing.regionId());
    }

    @Test
    void table4MixedAnswersBecomeTwoAnswersOfOneCountry() {
        // Czech Republic, "Providing information on clusters beyond Europe": "+/0".
        List<Answer> cz = repository.answersOfCountry("CZ").stream()
                .filter(a -> "info_beyond".equals(a.itemCode()))
                .toList();
        assertThat(cz)
                .extracting(Answer::responseNo, Answer::rating)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, "TOP"),
                        org.assertj.core.groups.Tuple.tuple(2, "MEDIUM"));
        // Sweden × "Access to markets" is empty: not answered, not "no importance".
        assertThat(repository.answersOfCountry("SE").stream().filter(a -> "market_access".equals(a.itemCode())))
                .isEmpty();
    }

    @Test
    void aBadRowFailsTheWholeImportNamingFileRowAndColumn() {
        long before = count();
        Map<String, String> broken = Map.of(
                "answers.tsv",
                "subject\twave\tdimension\titem\trating\tresponse\tother\tsource\n"
                        + "SE-1\teocic-2018-national\tobjective\tcooperation\tTOP\t1\t\tTest\n"
                        + "SE-1\teocic-2018-national\tobjective\tworld_peace\tTOP\t1\t\tTest\n"
                        + "XX-9\teocic-2018-national\tobjective\tcooperation\tSOMETIMES\tone\t\tTest\n");
        assertThatThrownBy(() -> importer.importFrom(
                        name -> broken.containsKey(name) ? new StringReader(broken.get(name)) : shipped(name)))
                .isInstanceOf(ImportFailed.class)
                .satisfies(e -> assertThat(((ImportFailed) e).problems())
                        .contains(
                                "answers.tsv row 2, column item: 'world_peace' is not in the closed list of objective",
                                "answers.tsv row 3, column subject: no programme, region or country 'XX-9'",
                                "answers.tsv row 3, column response: 'one' is not a whole number")
                        .anyMatch(p -> p.startsWith("answers.tsv row 3, column rating:")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theImportRunsAgainWithTheSameResultAndKeepsIds() {
        long id = programme("SE-1").id();
        long answersBefore = reportAnswers();
        ImportReport report = importer.importShipped();
        assertThat(report.programmes())
                .containsEntry(Level.NATIONAL, 30)
                .containsEntry(Level.REGIONAL, 53) // the programmes Tables 6 and 9 name for 27 regions
                .containsEntry(Level.INTERNATIONAL, 10);
        assertThat(report.fiches()).isEqualTo(10);
        assertThat(report.text()).contains("Table 7: caption says 37 answers for 36 regions");
        assertThat(programme("SE-1").id()).isEqualTo(id);
        assertThat(reportAnswers()).isEqualTo(answersBefore).isEqualTo(report.answers());
    }

    private long count() {
        return jdbc.sql("select count(*) from observatory_answer")
                .query(Long.class)
                .single();
    }

    private long reportAnswers() {
        return jdbc.sql("select count(*) from observatory_answer a join observatory_wave w on w.id = a.wave_id"
                        + " where w.code like 'eocic-%'")
                .query(Long.class)
                .single();
    }

    private static java.io.Reader shipped(String name) {
        try {
            String path = name.equals("taxonomy.tsv") ? "observatory/taxonomy.tsv" : ReportImporter.BUNDLE + name;
            return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
