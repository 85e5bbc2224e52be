package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Chinese is the default bundle; the English one must have exactly the same keys, none left empty, and no message
 * loses its arguments to an apostrophe.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @FieldSource("io.industrypulse.i18n.Messages#BUNDLES")
    void englishBundleIsComplete(String basename) throws IOException {
        Properties chinese = load(basename + ".properties");
        Properties english = load(basename + "_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        assertThat(english.values()).noneMatch(value -> value.toString().isBlank());
    }

    /**
     * A message with arguments goes through MessageFormat, where one ASCII apostrophe quotes the rest of the text:
     * "last year's {3}%" would show "{3}" as it is. Such messages write the apostrophe as ’ (or '' to mean one).
     */
    @ParameterizedTest
    @FieldSource("io.industrypulse.i18n.Messages#BUNDLES")
    void noApostropheSwallowsAnArgument(String basename) throws IOException {
        for (String resource : java.util.List.of(basename + ".properties", basename + "_en.properties")) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.matches("(?s).*\\{[0-9].*")) {
                    assertThat(value.replace("''", "")).as(resource + " " + key).doesNotContain("'");
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
