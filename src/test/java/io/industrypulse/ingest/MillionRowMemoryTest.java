package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading the generated 1,000,000-row workbook up to the row limit (500,000) fits in a 256 MB heap: the .xlsx is
 * streamed and the rows read are kept compact, so memory is bounded by the limit, not by the file. Runs the reader in
 * a child JVM ({@link ParseOnly}) because only there the heap can be capped; holding all 1,000,000 rows, or loading
 * the sheet with POI's user model, would not fit. The same file through the service, on H2 and PostgreSQL:
 * {@link MonthlyImportTest#aMillionRowFileIsRefusedByTheRowLimitQuicklyAndChangesNothing}.
 */
class MillionRowMemoryTest {

    @Test
    void theRowLimitIsReachedInA256MegabyteHeap() throws Exception {
        Path file = MonthlyImportTest.millionRows();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ParseOnly.class.getName(),
                        file.toString(),
                        "500000"))
                .redirectErrorStream(true)
                .start();
        boolean done = process.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("finished within 3 minutes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("refused: 数据行超过上限 500000 行，请分多个文件导入")
                .contains("max heap MB: 256")
                .doesNotContain("OutOfMemoryError");
    }
}
