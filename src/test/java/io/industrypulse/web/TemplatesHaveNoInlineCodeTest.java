package io.industrypulse.web;

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
 * The Content-Security-Policy allows only the site's own script files and style sheet: no template may carry a
 * script element without {@code src}, an {@code on*=} handler (plain or {@code th:on*}) or a {@code style} attribute,
 * neither a Thymeleaf template nor a compiled (jte) one.
 */
class TemplatesHaveNoInlineCodeTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\s(?:th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptHandlersOrStyles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/resources/templates")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".jte"))
                    .toList()) {
                String html = Files.readString(file);
                for (Pattern pattern : List.of(INLINE_SCRIPT, HANDLER, STYLE)) {
                    var matcher = pattern.matcher(html);
                    while (matcher.find()) {
                        found.add(file + ": " + matcher.group().strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
