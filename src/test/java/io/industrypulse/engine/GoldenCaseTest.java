package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.ingest.CanonicalPackageReader;
import io.industrypulse.ingest.EngineInputMapping;
import io.industrypulse.monitor.ResultDocument;
import io.industrypulse.support.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine reproduces every value of the golden cases (golden/README.md), and nothing they leave undefined. */
class GoldenCaseTest {

    static Stream<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesExpectedJson(String name) {
        LabelledInput input = EngineInputMapping.map(CanonicalPackageReader.read(GoldenCases.packageOf(name)));

        EngineResult result = Engine.compute(input.engineInput());

        var actual = GoldenCases.normalize(ResultDocument.of(result, input));
        assertThat(GoldenCases.differences(GoldenCases.expected(name), actual))
                .as("differences from %s/expected.json", name)
                .isEmpty();
    }
}
