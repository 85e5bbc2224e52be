package io.industrypulse.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Canonical packages as .zip files for the package import's tests. */
final class PackageZips {

    private PackageZips() {}

    /** The directory's files zipped under a {@code package/} folder, as users zip them. */
    static Path zip(Path directory, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream stream = new ZipOutputStream(out);
                Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                stream.putNextEntry(new ZipEntry("package/" + file.getFileName()));
                stream.write(Files.readAllBytes(file));
                stream.closeEntry();
            }
        }
        return zip;
    }

    /** The demo package with only the given enterprises' rows of one month (no targets, no benchmarks). */
    static Path partial(CanonicalPackage demo, YearMonth month, List<String> creditCodes, Path dir, String name)
            throws IOException {
        CanonicalPackage partial = new CanonicalPackage(
                demo.regions(),
                demo.enterprises(),
                demo.monthly().stream()
                        .filter(m -> m.period().equals(month) && creditCodes.contains(m.creditCode()))
                        .toList(),
                demo.vaRatios(),
                demo.ppi(),
                List.of(),
                List.of());
        Path written = dir.resolve(name + "-dir");
        new CanonicalPackageWriter().write(partial, written, true);
        return zip(written, dir.resolve(name + ".zip"));
    }
}
