package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Allocations add up to the amount to the cent whatever the rounding. */
class LargestRemainderTest {

    @Test
    void threeEqualWeightsSplitOneYuanAwkwardly() {
        BigDecimal[] parts = LargestRemainder.allocate(new BigDecimal("100.00"), new double[] {1, 1, 1});
        assertThat(parts).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void awkwardNumbersStillAddUpToTheCent() {
        double[] weights = {1.0 / 3, 2.0 / 7, 0.1 + 0.2, 1e-9, 123456.789, 0};
        BigDecimal amount = new BigDecimal("98765.4321");
        BigDecimal[] parts = LargestRemainder.allocate(amount, weights);
        assertThat(sum(parts)).isEqualByComparingTo("98765.43");
        assertThat(parts[5]).isEqualByComparingTo("0.00");
        assertThat(parts).allMatch(p -> p.scale() == 2);
    }

    @Test
    void randomCasesAddUpAndStayWithinOneCentOfTheQuota() {
        SplittableRandom random = new SplittableRandom(42);
        for (int run = 0; run < 2000; run++) {
            int n = 1 + random.nextInt(40);
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextDouble() < 0.1 ? 0 : random.nextDouble(0, 5000);
            }
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(-1_000_000_00L, 10_000_000_00L), 2);
            BigDecimal[] parts = LargestRemainder.allocate(amount, weights);
            assertThat(sum(parts)).isEqualByComparingTo(amount);
            double total = Arrays.stream(weights).sum();
            for (int i = 0; i < n; i++) {
                double quota = total == 0 ? amount.doubleValue() / n : amount.doubleValue() * weights[i] / total;
                assertThat(Math.abs(parts[i].doubleValue() - quota)).isLessThan(0.0100001);
            }
        }
    }

    @Test
    void allZeroWeightsSplitEqually() {
        BigDecimal[] parts = LargestRemainder.allocate(new BigDecimal("0.05"), new double[] {0, 0});
        assertThat(parts).containsExactly(new BigDecimal("0.03"), new BigDecimal("0.02"));
    }

    private static BigDecimal sum(BigDecimal[] parts) {
        return Arrays.stream(parts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
