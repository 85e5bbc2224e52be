package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled templates read their texts through {@code frame.msg("key")}: every key they name literally exists in the
 * Chinese and the English bundles (a missing one would fail the page when it renders), and no Chinese is written into
 * a template itself, where an English session would read it.
 */
class JteTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern KEY = Pattern.compile("\\bmsg\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    private static final Pattern COMMENT = Pattern.compile("<%--.*?--%>", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]+");

    @Test
    void everyKeyATemplateNamesIsInBothBundles() throws IOException {
        Properties chinese = bundles("");
        Properties english = bundles("_en");
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path file : templates()) {
            Matcher key = KEY.matcher(Files.readString(file));
            while (key.find()) {
                keys++;
                for (Properties bundle : List.of(chinese, english)) {
                    if (!bundle.containsKey(key.group(1))) {
                        missing.add(file + ": " + key.group(1) + (bundle == english ? " (English)" : ""));
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the templates").isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateWritesChineseItself() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            Matcher chinese =
                    CHINESE.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
            while (chinese.find()) {
                // the language switch names Chinese in Chinese, in every language, as the English link names English
                if (!chinese.group().equals("中文")) {
                    found.add(file + ": " + chinese.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).toList();
        }
    }

    private static Properties bundles(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : Messages.BUNDLES) {
            try (InputStream in = JteTemplatesTest.class.getResourceAsStream("/" + bundle + suffix + ".properties")) {
                assertThat(in).as(bundle + suffix).isNotNull();
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
