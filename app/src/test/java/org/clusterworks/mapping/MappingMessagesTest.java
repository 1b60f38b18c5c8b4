package org.clusterworks.mapping;

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

/** Every mapping text exists in English, French and Swahili, and every key the templates use is defined. */
class MappingMessagesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(
                new ClassPathResource("i18n/mapping" + suffix + ".properties").getInputStream(),
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
            assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            other.forEach(
                    (k, v) -> assertThat(v.toString()).as(suffix + " " + k).isNotBlank());
        }
    }

    @Test
    void everyKeyTheTemplatesUseIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(mapping\\.[a-zA-Z0-9.-]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mapping"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }
}
