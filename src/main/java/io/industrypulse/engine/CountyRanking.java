package io.industrypulse.engine;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * 大排队: competition ranking (1, 2, 2, 4) of the counties by published cumulative growth, descending (DESIGN.md
 * section 5). A county with no cumulative growth is not ranked.
 */
final class CountyRanking {

    private CountyRanking() {}

    /** Ranks by county index; {@code cumGrowth} by county index. */
    static OptionalInt[] rank(List<OptionalDouble> cumGrowth) {
        int n = cumGrowth.size();
        double[] published = new double[n];
        boolean[] ranked = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (cumGrowth.get(k).isPresent()) {
                ranked[k] = true;
                published[k] = Published.round(cumGrowth.get(k).getAsDouble());
            }
        }
        OptionalInt[] ranks = new OptionalInt[n];
        for (int k = 0; k < n; k++) {
            if (!ranked[k]) {
                ranks[k] = OptionalInt.empty();
                continue;
            }
            int above = 0;
            for (int j = 0; j < n; j++) {
                if (ranked[j] && published[j] > published[k]) {
                    above++;
                }
            }
            ranks[k] = OptionalInt.of(1 + above);
        }
        return ranks;
    }
}
