package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The row pass cut into chunks that run on every core (GroupSums): an input of several chunks gives the sums of a
 * plain loop over the rows (DESIGN.md section 5: C = output × ratio ÷ (PPI / 100), A = output of last year × ratio),
 * flags the same new production, and gives the same results, to the last bit, on one core as on all.
 */
class ChunkedSumsTest {

    /** 12,000 enterprises × about 23 months: two chunks and a bit. */
    private static final EngineInput INPUT =
            SyntheticCity.generate(21, 12_000, 11, List.of(new TagGroup("key", new int[] {3, 5_000, 11_999})));

    @Test
    void theInputSpansSeveralChunks() {
        assertThat(INPUT.rows().size()).isGreaterThan(GroupSums.CHUNK);
    }

    @Test
    void chunkedSumsAreThoseOfAPlainLoop() {
        EngineResult result = Engine.compute(INPUT);
        Rows rows = INPUT.rows();
        int counties = INPUT.countyCount();
        double[][] comparable = new double[counties][12];
        double[][] base = new double[counties][12];
        List<NewProduction> flagged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int m = rows.period()[i] - Rows.currentYear(1);
            if (m < 0) {
                continue;
            }
            int d = rows.division()[i];
            double ratio = INPUT.vaRatioCurrent()[d];
            comparable[rows.county()[i]][m] += rows.output()[i] * ratio / (INPUT.ppi()[m][d] / 100);
            base[rows.county()[i]][m] += rows.outputLy()[i] * ratio;
            if (rows.outputLy()[i] == 0 && rows.output()[i] > 0) {
                flagged.add(new NewProduction(rows.enterprise()[i], m + 1));
            }
        }
        for (int k = 0; k < counties; k++) {
            double c = 0;
            double a = 0;
            for (int m = 1; m <= result.lastMonth(); m++) {
                c += comparable[k][m - 1];
                a += base[k][m - 1];
                MonthFigures figures = result.county(k).month(m);
                assertThat(figures.comparableCum()).isCloseTo(c, within(1e-9 * c));
                assertThat(figures.baseCum()).isCloseTo(a, within(1e-9 * a));
            }
        }
        flagged.sort(Comparator.comparingInt(NewProduction::month).thenComparingInt(NewProduction::enterprise));
        assertThat(flagged).isNotEmpty();
        assertThat(result.newProduction()).isEqualTo(flagged);
    }

    @Test
    void oneCoreAndAllCoresGiveTheSameResultsToTheLastBit() throws Exception {
        EngineResult all = Engine.compute(INPUT);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            // a parallel stream started inside a pool's task runs in that pool
            EngineResult single = one.submit(() -> Engine.compute(INPUT)).get();
            assertThat(single).isEqualTo(all);
        } finally {
            one.shutdown();
        }
    }
}
