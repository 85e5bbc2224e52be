package io.industrypulse.demo;

import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackageWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo city made {@code factor} times larger, for the web benchmark of a province-sized data set (DESIGN.md
 * section 7: under 100 ms for 50,000 enterprises): every demo enterprise gets {@code factor - 1} twins in the same
 * county and division, with their own valid credit codes and the twin's monthly series scaled by one random factor in
 * [0.5, 1.5] (so growth stays plausible, shares change). Written as a canonical package.
 *
 * <p>Usage: {@code ScaledDemo FACTOR OUT_DIR} (bench/web.sh with {@code ENTERPRISES=50000} runs it).
 */
public final class ScaledDemo {

    private ScaledDemo() {}

    public static void main(String[] args) throws Exception {
        int factor = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        CanonicalPackage demo = new DemoCityGenerator().generate().data();
        SplittableRandom random = new SplittableRandom(20_261_129L);
        Set<String> codes = new HashSet<>();
        demo.enterprises().forEach(e -> codes.add(e.creditCode()));
        Map<String, List<CanonicalPackage.MonthlyRow>> series = new HashMap<>();
        demo.monthly().forEach(r -> series.computeIfAbsent(r.creditCode(), c -> new ArrayList<>())
                .add(r));
        List<CanonicalPackage.EnterpriseRow> enterprises = new ArrayList<>(demo.enterprises());
        List<CanonicalPackage.MonthlyRow> monthly = new ArrayList<>(demo.monthly());
        for (int copy = 1; copy < factor; copy++) {
            for (CanonicalPackage.EnterpriseRow e : demo.enterprises()) {
                String code;
                do {
                    StringBuilder body = new StringBuilder(8);
                    for (int i = 0; i < 8; i++) {
                        body.append((char) ('0' + random.nextInt(10)));
                    }
                    code = CreditCodes.enterprise(e.countyCode(), body.toString());
                } while (!codes.add(code));
                enterprises.add(new CanonicalPackage.EnterpriseRow(
                        code, e.name() + "（" + copy + "）", e.countyCode(), e.industryCode(), e.aboveSizeSince()));
                BigDecimal scale = BigDecimal.valueOf(0.5 + random.nextDouble());
                for (CanonicalPackage.MonthlyRow r : series.getOrDefault(e.creditCode(), List.of())) {
                    monthly.add(new CanonicalPackage.MonthlyRow(
                            r.period(),
                            code,
                            scaled(r.output(), scale),
                            scaled(r.outputLy(), scale),
                            scaled(r.revenue(), scale),
                            scaled(r.electricity(), scale)));
                }
            }
        }
        new CanonicalPackageWriter()
                .write(
                        new CanonicalPackage(
                                demo.regions(),
                                enterprises,
                                monthly,
                                demo.vaRatios(),
                                demo.ppi(),
                                demo.targets(),
                                demo.benchmarks()),
                        out,
                        true);
        System.out.printf("%,d enterprises, %,d monthly rows written to %s%n", enterprises.size(), monthly.size(), out);
    }

    private static BigDecimal scaled(BigDecimal amount, BigDecimal scale) {
        return amount == null ? null : amount.multiply(scale).setScale(2, RoundingMode.HALF_UP);
    }
}
