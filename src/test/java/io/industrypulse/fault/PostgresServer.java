package io.industrypulse.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local PostgreSQL cluster that {@code .ci/run} starts, stopped and started again by the fault tests with Debian's
 * {@code pg_ctlcluster} (as root, as CI runs). Without it the fault tests are skipped loudly, and fail under CI.
 */
final class PostgresServer {

    private PostgresServer() {}

    /** Why the cluster cannot be controlled here, or null when it can. */
    static String unavailable() {
        if (!Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
            return "pg_ctlcluster is not installed";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "stopping PostgreSQL needs root, the tests run as " + System.getProperty("user.name");
        }
        return version() == null ? "no cluster under /etc/postgresql" : null;
    }

    /** Skips a fault test loudly for {@code why} (nothing when null); under CI the test fails instead. */
    static void skipUnless(@org.jspecify.annotations.Nullable String why) {
        if (why == null) {
            return;
        }
        String message = "!!! FAULT TEST SKIPPED: " + why;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true: " + message);
        }
        System.err.println(message);
        org.junit.jupiter.api.Assumptions.abort(message);
    }

    static void stop() {
        run("pg_ctlcluster", version(), "main", "stop", "-m", "fast");
    }

    /** Starts the cluster and waits until it accepts connections. */
    static void start() {
        run("pg_ctlcluster", version(), "main", "start");
        for (int i = 0; i < 100; i++) {
            if (exit("pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432") == 0) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("PostgreSQL did not come back within 20 s");
    }

    private static String version() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString())
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.replaceAll("\\D", "0"))))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void run(String... command) {
        int exit = exit(command);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }

    private static int exit(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
