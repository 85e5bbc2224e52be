package io.industrypulse.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless LibreOffice ({@code soffice}, Debian's {@code libreoffice-calc-nogui}) for tests that need files made by
 * another spreadsheet program. Each conversion runs with a private, throw-away user profile (so it neither touches nor
 * waits for a running office) and is killed after {@link #TIMEOUT_SECONDS}.
 */
public final class LibreOffice {

    static final long TIMEOUT_SECONDS = 120;

    private LibreOffice() {}

    /** The soffice executable on the PATH, if any. */
    public static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Converts the file with {@code soffice --headless --convert-to FORMAT} into the directory and returns the result.
     *
     * @param format e.g. {@code xlsx} or {@code xls}
     */
    public static synchronized Path convert(Path file, String format, Path outDir) throws IOException {
        Path soffice = executable().orElseThrow(() -> new IllegalStateException("soffice is not installed"));
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("industrypulse-lo-profile");
        try {
            Process process = new ProcessBuilder(
                            soffice.toString(),
                            "-env:UserInstallation=" + profile.toUri(),
                            "--headless",
                            "--norestore",
                            "--convert-to",
                            format,
                            "--outdir",
                            outDir.toString(),
                            file.toString())
                    .redirectErrorStream(true)
                    .start();
            boolean done;
            try {
                done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("soffice did not finish within " + TIMEOUT_SECONDS + " s converting " + file);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path result = outDir.resolve(base + "." + format);
            if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
                throw new IOException(
                        "soffice failed (exit " + process.exitValue() + ") converting " + file + ": " + output);
            }
            return result;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
