package io.industrypulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.ingest.CanonicalPackageWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoDataCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new IndustryPulseCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesThePackageAndRefusesToOverwriteWithoutForce(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("demo");

        assertThat(run("demo-data", "--out", target.toString())).isZero();
        for (String file : CanonicalPackageWriter.FILE_NAMES) {
            assertThat(target.resolve(file)).isRegularFile();
        }
        assertThat(target.resolve("enterprise_profiles.csv")).isRegularFile();
        assertThat(out.toString()).contains("示例数据").contains("2025-01..2026-10");

        Files.writeString(target.resolve("monthly.csv"), "changed");
        assertThat(run("demo-data", "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not empty").contains("--force");
        assertThat(Files.readString(target.resolve("monthly.csv"))).isEqualTo("changed");

        assertThat(run("demo-data", "--out", target.toString(), "--force")).isZero();
        assertThat(Files.readString(target.resolve("monthly.csv"))).startsWith("period,credit_code,output");
    }

    @Test
    void requiresAnOutputDirectory() {
        assertThat(run("demo-data")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
