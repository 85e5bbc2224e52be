package io.industrypulse.cli;

import io.industrypulse.demo.DemoCity;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackageWriter;
import io.industrypulse.ingest.CanonicalPackageWriter.OutputDirectoryNotEmptyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the generated demo city as a canonical CSV package plus {@code enterprise_profiles.csv}. */
@Command(
        name = "demo-data",
        mixinStandardHelpOptions = true,
        description = "Write the demo city 示例市 (示例数据, deterministic) as a canonical CSV package.")
class DemoDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files to.")
    Path out;

    @Option(names = "--force", description = "Overwrite the files of a directory that is not empty.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        DemoCity city = new DemoCityGenerator().generate();
        try {
            new CanonicalPackageWriter().write(city.data(), out, force, List.of(city.profileTable()));
        } catch (OutputDirectoryNotEmptyException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "示例数据: %d enterprises, %d monthly rows %s..%s written to %s%n",
                        city.data().enterprises().size(),
                        city.data().monthly().size(),
                        city.start(),
                        city.end(),
                        out.toAbsolutePath());
        return 0;
    }
}
