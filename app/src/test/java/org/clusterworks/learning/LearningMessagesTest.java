package org.clusterworks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every learning text exists in English, French and Swahili, and every key the pages and code use is defined. */
class LearningMessagesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(
                new ClassPathResource("i18n/learning" + suffix + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties en = bundle("");
        for (String suffix : new String[] {"_fr", "_sw"}) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(en.stringPropertyNames());
            other.forEach(
                    (k, v) -> assertThat(v.toString()).as(suffix + " " + k).isNotBlank());
        }
    }

    @Test
    void everyKeyTheTemplatesAndControllersUseIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{((?:learning|nav)\\.[a-zA-Z0-9.-]+)");
        Pattern codeKey = Pattern.compile("\"(learning\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");
        for (var dir :
                new String[] {"src/main/resources/templates/learning", "src/main/java/org/clusterworks/learning"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f);
                    for (Pattern p : new Pattern[] {templateKey, codeKey}) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).contains("learning.exam.no-attempts-left", "learning.verify.valid");
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }
}
