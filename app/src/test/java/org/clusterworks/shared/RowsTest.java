package org.clusterworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class RowsTest {

    enum Helix {
        BUSINESS,
        ACADEMIA
    }

    record Firm(long id, String fullName, Helix helix, Integer foundedIn, BigDecimal share, LocalDate since) {}

    private static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:rows;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create((DataSource) ds);
        jdbc.sql("create table firm (id bigint, full_name varchar(50), helix varchar(20), founded_in int,"
                        + " share numeric(5,2), since date)")
                .update();
        jdbc.sql("insert into firm values (1, 'Kimaro Greens', 'BUSINESS', 2009, 12.50, date '2020-03-01'),"
                        + " (2, 'Nelson Mandela Institution', 'ACADEMIA', null, null, null)")
                .update();
    }

    @Test
    void mapsSnakeCaseColumnsToRecordComponentsWithSpringsConversions() {
        List<Firm> firms = jdbc.sql("select * from firm order by id")
                .query(Rows.of(Firm.class))
                .list();
        assertThat(firms)
                .containsExactly(
                        new Firm(
                                1,
                                "Kimaro Greens",
                                Helix.BUSINESS,
                                2009,
                                new BigDecimal("12.50"),
                                LocalDate.of(2020, 3, 1)),
                        new Firm(2, "Nelson Mandela Institution", Helix.ACADEMIA, null, null, null));
    }

    @Test
    void givesTheSameRecordsAsSpringsOwnMapperWhateverTheColumnOrder() {
        String sql = "select since, share, founded_in, helix, full_name, id from firm order by id";
        assertThat(jdbc.sql(sql).query(Rows.of(Firm.class)).list())
                .isEqualTo(jdbc.sql(sql).query(Firm.class).list());
    }

    @Test
    void aMissingColumnIsAnErrorNamingTheComponent() {
        assertThatThrownBy(() -> jdbc.sql("select id, full_name from firm")
                        .query(Rows.of(Firm.class))
                        .list())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Firm.helix");
    }

    @Test
    void everyRecordQueryOfTheApplicationUsesRows() throws IOException {
        Pattern records = Pattern.compile("\\brecord\\s+(\\w+)\\s*[(<]");
        Pattern query = Pattern.compile("\\.query\\(\\s*(?:\\w+\\.)*(\\w+)\\.class\\s*\\)");
        List<String> names = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("src/main/java"))) {
            files = all.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            records.matcher(Files.readString(f)).results().forEach(m -> names.add(m.group(1)));
        }
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            query.matcher(Files.readString(f))
                    .results()
                    .filter(m -> names.contains(m.group(1)))
                    .forEach(m -> problems.add(f.getFileName() + ": " + m.group()));
        }
        assertThat(problems)
                .as("map records with .query(Rows.of(X.class)): Spring's name lookup throws on H2 for every column")
                .isEmpty();
    }
}
