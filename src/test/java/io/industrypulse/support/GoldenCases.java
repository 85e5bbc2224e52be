package io.industrypulse.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden cases of ../shared/golden (or the folder named by system property {@code golden.dir}) and the comparison
 * rules of golden/README.md: 1e-6 absolute on percentages, 1e-9 relative on sums, the rest exactly, and a value absent
 * there must be absent here. A missing folder fails the test, it never skips it.
 */
public final class GoldenCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double PERCENT_TOLERANCE = 1e-6;
    private static final double SUM_RELATIVE_TOLERANCE = 1e-9;

    private GoldenCases() {}

    public static Path directory() {
        String property = System.getProperty("golden.dir");
        Path directory = property != null ? Path.of(property) : Path.of("..", "shared", "golden");
        if (!Files.isDirectory(directory)) {
            fail("golden cases not found at " + directory.toAbsolutePath()
                    + ": set -Dgolden.dir=... or make ../shared/golden available");
        }
        return directory;
    }

    /** The case folders (those holding an expected.json), by name. */
    public static Stream<String> names() {
        try (Stream<Path> entries = Files.list(directory())) {
            List<String> names = entries.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(names).as("golden cases in " + directory()).isNotEmpty();
            return names.stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path packageOf(String name) {
        return directory().resolve(name);
    }

    public static Map<?, ?> expected(String name) {
        return read(directory().resolve(name).resolve("expected.json"));
    }

    public static Map<?, ?> read(Path json) {
        return JSON.readValue(json.toFile(), Map.class);
    }

    /** Converts a document of maps, numbers, booleans and strings to the plain form JSON reading gives. */
    public static Map<?, ?> normalize(Map<String, Object> document) {
        return JSON.readValue(JSON.writeValueAsString(document), Map.class);
    }

    /** Every difference between the documents, as readable lines; empty when they agree within tolerance. */
    public static List<String> differences(Map<?, ?> expected, Map<?, ?> actual) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, Object expected, Object actual, List<String> out) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            TreeSet<Object> keys =
                    new TreeSet<>(e.keySet().stream().map(String::valueOf).toList());
            keys.addAll(a.keySet().stream().map(String::valueOf).toList());
            for (Object key : keys) {
                String child = path + "/" + key;
                if (!e.containsKey(key)) {
                    out.add(child + ": present but absent in expected.json (" + a.get(key) + ")");
                } else if (!a.containsKey(key)) {
                    out.add(child + ": missing, expected " + e.get(key));
                } else {
                    compare(child, e.get(key), a.get(key), out);
                }
            }
        } else if (expected instanceof Number e && actual instanceof Number a) {
            double x = e.doubleValue();
            double y = a.doubleValue();
            boolean sum = path.endsWith("/comp_cum") || path.endsWith("/base_cum");
            boolean exact = path.endsWith("/rank") || path.endsWith("/year");
            double tolerance = exact ? 0 : sum ? SUM_RELATIVE_TOLERANCE * Math.abs(x) : PERCENT_TOLERANCE;
            if (!Double.isFinite(y) || Math.abs(x - y) > tolerance) {
                out.add(path + ": expected " + x + ", got " + y);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
