package org.clusterworks.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL statement is built from values: the argument of every {@code JdbcClient.sql(...)} call in the application
 * is string literals and constants joined by {@code +}, values travel as named parameters. A statement assembled at
 * run time (optional filters, a ranking expression) must carry a comment {@value #REVIEWED} within the three lines
 * above the call saying where its pieces come from; plain JDBC statements ({@code createStatement}) are not used.
 */
class SqlIsBuiltFromConstantsTest {

    static final String REVIEWED = "// SQL from constants:";

    private static final Pattern TEXT = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern CONSTANT = Pattern.compile("\"\"|[A-Z][A-Z0-9_]*|[A-Za-z]+\\.[A-Z][A-Z0-9_]*");

    @Test
    void everySqlStatementIsLiteralsAndConstantsOrReviewed() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                problems.addAll(check(file, Files.readString(file)));
            }
        }
        assertThat(problems)
                .as(
                        "SQL built from non-constant pieces: use named parameters, or (for reviewed fragments that"
                                + " come from constants) put '%s why' above the call",
                        REVIEWED)
                .isEmpty();
    }

    @Test
    void theCheckCatchesAValueConcatenatedIntoAStatement() {
        String code = "class X {\n void f(String name) {\n  jdbc.sql(\"select * from t where n = '\" + name + \"'\");\n"
                + " }\n}\n";
        assertThat(check(Path.of("X.java"), code)).hasSize(1);
        assertThat(check(Path.of("X.java"), code.replace("  jdbc", "  " + REVIEWED + " test\n  jdbc")))
                .isEmpty();
        assertThat(check(
                        Path.of("Y.java"),
                        "class Y { void f() { jdbc.sql(\"select \" + COLUMNS + \"\"\"\n from t"
                                + " where a = :a\"\"\"); } }"))
                .isEmpty();
        assertThat(check(Path.of("Z.java"), "class Z { void f() { c.createStatement(); } }"))
                .hasSize(1);
    }

    static List<String> check(Path file, String source) {
        List<String> problems = new ArrayList<>();
        int at = 0;
        while ((at = source.indexOf(".sql(", at)) >= 0) {
            int start = at + ".sql(".length();
            int end = closingParenthesis(source, start);
            String argument = TEXT.matcher(source.substring(start, end)).replaceAll("\"\"");
            boolean constant = Stream.of(argument.split("\\+"))
                    .map(String::strip)
                    .allMatch(piece -> CONSTANT.matcher(piece).matches());
            if (!constant && !reviewed(source, at)) {
                problems.add(file + ":" + line(source, at) + " sql(" + argument.strip() + ")");
            }
            at = end;
        }
        int statement = source.indexOf("createStatement(");
        if (statement >= 0 && !reviewed(source, statement)) {
            problems.add(file + ":" + line(source, statement) + " plain JDBC statement");
        }
        return problems;
    }

    private static boolean reviewed(String source, int at) {
        int lineStart = source.lastIndexOf('\n', at);
        int from = lineStart;
        for (int i = 0; i < 3 && from > 0; i++) {
            from = source.lastIndexOf('\n', from - 1);
        }
        return source.substring(Math.max(0, from), Math.max(0, lineStart) + 1).contains(REVIEWED)
                || source.substring(Math.max(0, lineStart), at).contains(REVIEWED);
    }

    private static int closingParenthesis(String s, int from) {
        int depth = 1;
        int i = from;
        while (i < s.length() && depth > 0) {
            if (s.startsWith("\"\"\"", i)) {
                i = s.indexOf("\"\"\"", i + 3) + 3;
                continue;
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return i - 1;
    }

    private static int line(String source, int at) {
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
