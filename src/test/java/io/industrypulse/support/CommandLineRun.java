package io.industrypulse.support;

import io.industrypulse.Application;
import io.industrypulse.cli.CommandLineMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the jar's command line in the test JVM as {@code java -jar industrypulse.jar ARGS} would, and keeps what it
 * printed. Every run of one instance uses the same H2 database file in a fresh temporary directory, empty at first, as runs of the jar use the
 * same embedded database file.
 */
public final class CommandLineRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    // A file, not an in-memory database: H2 keeps the session that created a check constraint inside it, and an
    // in-memory database outliving the first run's pool then fails every later insert with "database closed".
    private final String database;

    public CommandLineRun() {
        try {
            Path directory = Files.createTempDirectory("industrypulse-cli");
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile())));
            database = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit code; {@link #out()} and {@link #err()} hold what this run printed. */
    public int run(String... args) {
        out.reset();
        err.reset();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return CommandLineMain.execute(args, springArguments -> {
                List<String> all = new ArrayList<>(List.of(springArguments));
                all.add("--spring.datasource.url=" + database);
                return SpringApplication.run(Application.class, all.toArray(String[]::new));
            });
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
