package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.EngineInputMapping;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New production in the demo city (新建投产, base 0) is flagged: output but no base in the current year. */
class NewProductionTest {

    @Test
    void rowsWithOutputAndNoBaseAreFlaggedAndNoOthers() {
        CanonicalPackage data = new DemoCityGenerator().generate().data();
        LabelledInput input = EngineInputMapping.map(data);
        int year = input.engineInput().year();
        List<String> expected = data.monthly().stream()
                .filter(m -> m.period().getYear() == year)
                .filter(m -> m.outputLy().signum() == 0 && m.output().compareTo(BigDecimal.ZERO) > 0)
                .map(m -> m.creditCode() + "@" + m.period().getMonthValue())
                .sorted()
                .toList();
        assertThat(expected).as("the demo city has new production").isNotEmpty();

        List<String> flagged = Engine.compute(input.engineInput()).newProduction().stream()
                .map(n -> data.enterprises().get(n.enterprise()).creditCode() + "@" + n.month())
                .sorted()
                .toList();
        assertThat(flagged).isEqualTo(expected);
    }
}
