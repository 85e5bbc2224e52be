package io.industrypulse.support;

import io.industrypulse.Application;
import io.industrypulse.cli.CommandLineMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;

/**
 * Runs the jar's command line in the test JVM as {@code java -jar industrypulse.jar ARGS} would, against a fresh
 * in-memory H2 database per run, and keeps what it printed.
 */
public final class CommandLineRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The exit code; {@link #out()} and {@link #err()} hold what this run printed. */
    public int run(String... args) {
        out.reset();
        err.reset();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        String database = "jdbc:h2:mem:cli-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
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
