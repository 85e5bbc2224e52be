package io.industrypulse.cli;

import io.industrypulse.engine.Engine;
import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.CanonicalPackageReader;
import io.industrypulse.ingest.EngineInputMapping;
import io.industrypulse.ingest.PackageException;
import io.industrypulse.monitor.ResultDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code compute --package DIR --out FILE}: computes a canonical package (DESIGN.md section 4) and writes the results
 * document of golden/README.md. Bad input ends with one message naming file, line and column and exit code 2; the
 * output is written to a temporary file and moved into place only on success.
 */
@Command(
        name = "compute",
        mixinStandardHelpOptions = true,
        description = "Compute all standard results of a canonical CSV package into a JSON file.")
class ComputeCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--package", required = true, paramLabel = "DIR", description = "Folder of the canonical package")
    Path packageDirectory;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file to write")
    Path out;

    @Override
    public Integer call() {
        try {
            LabelledInput input = EngineInputMapping.map(CanonicalPackageReader.read(packageDirectory));
            EngineResult result = Engine.compute(input.engineInput());
            write(JsonMapper.builder().build().writeValueAsBytes(ResultDocument.of(result, input)));
            return 0;
        } catch (PackageException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.get("cli.error.write", out, e.getMessage()));
            return 1;
        }
    }

    private void write(byte[] json) throws IOException {
        Path target = out.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, json);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
