package io.industrypulse.demo;

import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackageReader;
import io.industrypulse.ingest.LargeWorkbook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One month of a canonical package as the B204-1 workbook the statistics bureau sends (bench/web.sh re-imports the
 * latest month through the import page and times the first page after it): this month, 1-this month, the same month
 * last year and last year's 1-same month of the gross output from the package's rows; sales at 96% of output, no
 * export, electricity as stored.
 *
 * <p>Usage: {@code MonthWorkbook PACKAGE_DIR PERIOD|latest OUT.xlsx}.
 */
public final class MonthWorkbook {

    private MonthWorkbook() {}

    public static void main(String[] args) throws Exception {
        CanonicalPackage data = CanonicalPackageReader.read(Path.of(args[0]));
        YearMonth period = args[1].equals("latest")
                ? data.monthly().stream()
                        .map(CanonicalPackage.MonthlyRow::period)
                        .max(YearMonth::compareTo)
                        .orElseThrow()
                : YearMonth.parse(args[1]);
        Map<String, String> names = new HashMap<>();
        data.enterprises().forEach(e -> names.put(e.creditCode(), e.name()));
        Map<String, BigDecimal[]> cumulative = new HashMap<>(); // output, output last year: January..period
        List<CanonicalPackage.MonthlyRow> month = new ArrayList<>();
        for (CanonicalPackage.MonthlyRow r : data.monthly()) {
            if (r.period().getYear() == period.getYear() && !r.period().isAfter(period)) {
                BigDecimal[] sums = cumulative.computeIfAbsent(
                        r.creditCode(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(r.output());
                sums[1] = sums[1].add(r.outputLy());
                if (r.period().equals(period)) {
                    month.add(r);
                }
            }
        }
        List<LargeWorkbook.SheetRow> rows = new ArrayList<>(month.size());
        for (CanonicalPackage.MonthlyRow r : month) {
            BigDecimal[] sums = cumulative.get(r.creditCode());
            long output = cents(r.output());
            long outputCum = cents(sums[0]);
            long ly = cents(r.outputLy());
            long lyCum = cents(sums[1]);
            long electricity = r.electricity() == null ? 0 : cents(r.electricity());
            rows.add(new LargeWorkbook.SheetRow(r.creditCode(), names.get(r.creditCode()), new long[] {
                output,
                outputCum,
                ly,
                lyCum,
                output * 96 / 100,
                outputCum * 96 / 100,
                ly * 96 / 100,
                lyCum * 96 / 100,
                0,
                0,
                0,
                0,
                electricity,
                electricity,
                0,
                0
            }));
        }
        LargeWorkbook.write(Path.of(args[2]), rows.iterator(), true);
        System.out.printf("%,d rows of %s written to %s%n", rows.size(), period, args[2]);
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
