package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackageReader;
import io.industrypulse.ingest.EngineInputMapping;
import io.industrypulse.monitor.ResultDocument;
import io.industrypulse.support.GoldenCases;
import java.util.List;
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

    /**
     * The monitor keeps the rows it read across a change of targets or benchmarks and puts the new ones on them
     * ({@link InputBuilder#goalsOn}): an input mapped without goals, given the package's goals that way, reproduces the
     * same values (and without them it could not: the cases hold classifications, required growth and 两个不低于).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goalsPutOnRowsReadWithoutThemReproduceExpectedJson(String name) {
        CanonicalPackage pkg = CanonicalPackageReader.read(GoldenCases.packageOf(name));
        LabelledInput withoutGoals = EngineInputMapping.map(new CanonicalPackage(
                pkg.regions(), pkg.enterprises(), pkg.monthly(), pkg.vaRatios(), pkg.ppi(), List.of(), List.of()));
        InputBuilder goals = EngineInputMapping.goals(
                pkg,
                new InputBuilder(
                        withoutGoals.engineInput().year(), withoutGoals.cityCode(), withoutGoals.countyCodes()));

        LabelledInput input = goals.goalsOn(withoutGoals);

        assertThat(input.engineInput().rows())
                .isSameAs(withoutGoals.engineInput().rows());
        var actual = GoldenCases.normalize(ResultDocument.of(Engine.compute(input.engineInput()), input));
        assertThat(GoldenCases.differences(GoldenCases.expected(name), actual))
                .as("differences from %s/expected.json", name)
                .isEmpty();
    }
}
