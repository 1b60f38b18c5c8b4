package org.clusterworks.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.identity.WorkspaceRole;
import org.clusterworks.identity.token.TokenScope;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, French and Swahili: the bundles under {@code i18n/} have the same keys in every
 * language, no empty values, the same {@code {n}} arguments, and every message key the templates and the Java code
 * use exists. Reads the source files, so it needs no Spring context.
 */
class I18nCompletenessTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> TRANSLATIONS = List.of("fr", "sw");

    /** Literal keys, optionally with arguments: {@code #{home.greeting(${user.displayName})}}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

    /** Keys built from a literal prefix and a value: {@code #{'language.' + ${lang}}}. */
    private static final Pattern PREFIXED_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.-]+)'\\s*\\+");

    /** Java string literals that look like message keys ({@code "members.last-admin"}). */
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    /** The values a dynamic key prefix is completed with; a prefix not listed here needs at least one key. */
    private static final Map<String, Supplier<List<String>>> DYNAMIC_KEYS = Map.of(
            "language.",
                    () -> SupportedLocales.ALL.stream()
                            .map(l -> l.getLanguage())
                            .toList(),
            "token.scope.",
                    () -> Arrays.stream(TokenScope.values()).map(Enum::name).toList(),
            "audit.action.",
                    () -> Arrays.stream(AuditEvent.Action.values())
                            .map(Enum::name)
                            .toList(),
            "workspace.cycle.",
                    () -> List.of("mapping", "governance", "diagnostic", "planning", "implementation", "monitoring"));

    private static Properties load(Path file) {
        var p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return p;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(f -> f.getFileName().toString().matches("[^_]+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Path translation(Path base, String lang) {
        return base.resolveSibling(base.getFileName().toString().replace(".properties", "_" + lang + ".properties"));
    }

    private static Set<String> englishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path base : baseBundles()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        return keys;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyBundleHasAFrenchAndSwahiliTranslationWithExactlyTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        assertThat(baseBundles()).as("bundles under %s", I18N).isNotEmpty();
        for (Path base : baseBundles()) {
            Set<String> english = load(base).stringPropertyNames();
            for (String lang : TRANSLATIONS) {
                Path file = translation(base, lang);
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = load(file).stringPropertyNames();
                english.stream()
                        .filter(k -> !translated.contains(k))
                        .forEach(k -> problems.add(file.getFileName() + ": missing " + k));
                translated.stream()
                        .filter(k -> !english.contains(k))
                        .forEach(k -> problems.add(file.getFileName() + ": " + k + " is not in " + base.getFileName()));
            }
        }
        try (Stream<Path> all = Files.list(I18N)) {
            all.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains("_"))
                    .filter(n -> TRANSLATIONS.stream().noneMatch(l -> n.endsWith("_" + l + ".properties")))
                    .forEach(n -> problems.add(n + " is in no supported language"));
        }
        assertThat(problems).as("message bundle keys out of step").isEmpty();
    }

    @Test
    void noMessageIsEmptyAndTranslationsKeepTheArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern argument = Pattern.compile("\\{\\d+}");
        for (Path base : baseBundles()) {
            Properties english = load(base);
            for (Path file : Stream.concat(
                            Stream.of(base), TRANSLATIONS.stream().map(l -> translation(base, l)))
                    .filter(Files::exists)
                    .toList()) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(file.getFileName() + ": " + key + " is empty");
                    }
                    Set<String> args = argument.matcher(value)
                            .results()
                            .map(r -> r.group())
                            .collect(Collectors.toCollection(TreeSet::new));
                    Set<String> englishArgs = argument.matcher(english.getProperty(key, ""))
                            .results()
                            .map(r -> r.group())
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (english.containsKey(key) && !args.equals(englishArgs)) {
                        problems.add(file.getFileName() + ": " + key + " has arguments " + args + ", English has "
                                + englishArgs);
                    }
                    if (!args.isEmpty() && value.replace("''", "").contains("'")) {
                        problems.add(file.getFileName() + ": " + key + " has arguments, so a single ' must be"
                                + " written '' (MessageFormat), or use ’");
                    }
                }
            }
        }
        assertThat(problems).as("empty or broken messages").isEmpty();
    }

    @Test
    void everyMessageKeyTheTemplatesUseExists() throws IOException {
        Set<String> keys = englishKeys();
        Map<String, String> missing = new TreeMap<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template);
            Matcher literal = LITERAL_KEY.matcher(html);
            while (literal.find()) {
                if (!keys.contains(literal.group(1))) {
                    missing.put(literal.group(1), TEMPLATES.relativize(template).toString());
                }
            }
            Matcher prefixed = PREFIXED_KEY.matcher(html);
            while (prefixed.find()) {
                String prefix = prefixed.group(1);
                var values = DYNAMIC_KEYS.get(prefix);
                if (values != null) {
                    values.get().stream()
                            .map(v -> prefix + v)
                            .filter(k -> !keys.contains(k))
                            .forEach(k -> missing.put(k, TEMPLATES.relativize(template) + " (dynamic)"));
                } else if (keys.stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.put(prefix + "*", TEMPLATES.relativize(template) + " (dynamic, no key at all)");
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing from the English bundles (key -> template)")
                .isEmpty();
    }

    @Test
    void everyRoleHasADisplayName() throws IOException {
        Set<String> keys = englishKeys();
        assertThat(Arrays.stream(WorkspaceRole.values()).map(WorkspaceRole::messageKey))
                .allMatch(keys::contains, "is a message key");
    }

    @Test
    void everyMessageKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> keys = englishKeys();
        Set<String> namespaces =
                keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Map<String, String> missing = new TreeMap<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = JAVA_KEY_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String candidate = m.group(1);
                boolean looksLikeAKey = namespaces.stream().anyMatch(candidate::startsWith) && !candidate.endsWith(".");
                if (looksLikeAKey
                        && !keys.contains(candidate)
                        && DYNAMIC_KEYS.keySet().stream().noneMatch(candidate::equals)) {
                    missing.put(candidate, JAVA.relativize(source).toString());
                }
            }
        }
        assertThat(missing)
                .as("string literals in the Java code that look like message keys but are in no bundle"
                        + " (key -> source)")
                .isEmpty();
    }
}
