package org.clusterworks.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class ReferenceMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "sw"})
    void every_english_key_is_translated_and_no_translation_is_left_in_english(String language) throws IOException {
        Properties english = load("i18n/reference.properties");
        Properties translated = load("i18n/reference_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        long untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 25)
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .count();
        assertThat(untranslated).isZero();
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
