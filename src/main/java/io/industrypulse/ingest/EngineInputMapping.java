package io.industrypulse.ingest;

import io.industrypulse.engine.InputBuilder;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import java.util.Collection;
import java.util.Map;

/**
 * Maps a checked {@link CanonicalPackage} onto the engine's columnar input (the {@code compute} command and the golden
 * cases; the application builds its input from the stored data in {@code monitor}). The current year is the latest
 * year in monthly.csv; the year before gives the seasonal profile (DESIGN.md section 4).
 */
public final class EngineInputMapping {

    private EngineInputMapping() {}

    public static LabelledInput map(CanonicalPackage pkg) {
        return map(pkg, Map.of());
    }

    /**
     * @param tags enterprise groups by name (e.g. {@code chain:NEV}), each a collection of credit codes; codes not in
     *     the package are ignored; iteration order gives the tag indices
     */
    public static LabelledInput map(CanonicalPackage pkg, Map<String, ? extends Collection<String>> tags) {
        if (pkg.monthly().isEmpty()) {
            throw PackageException.ofFile(CanonicalPackageReader.MONTHLY, Messages.get("ingest.error.packageNoRows"));
        }
        int year =
                pkg.monthly().stream().mapToInt(r -> r.period().getYear()).max().getAsInt();
        InputBuilder input = new InputBuilder(
                year,
                pkg.regions().stream()
                        .filter(r -> r.level().equals("city"))
                        .findFirst()
                        .map(RegionRow::code)
                        .orElseThrow(),
                pkg.regions().stream()
                        .filter(r -> r.level().equals("county"))
                        .map(RegionRow::code)
                        .toList());
        pkg.enterprises().forEach(e -> input.enterprise(e.creditCode(), e.countyCode(), e.industryCode()));
        pkg.monthly()
                .forEach(r -> input.row(
                        r.period().getYear(),
                        r.period().getMonthValue(),
                        r.creditCode(),
                        r.output().doubleValue(),
                        r.outputLy().doubleValue()));
        pkg.vaRatios()
                .forEach(v ->
                        input.vaRatio(v.year(), v.industryCode(), v.vaRatio().doubleValue()));
        pkg.ppi()
                .forEach(p -> input.ppi(
                        p.period().getYear(),
                        p.period().getMonthValue(),
                        p.industryCode(),
                        p.ppiYoy().doubleValue()));
        return goals(pkg, input).tags(tags).build();
    }

    /** The package's targets and benchmarks given to {@code input} (also to put on rows read without them). */
    public static InputBuilder goals(CanonicalPackage pkg, InputBuilder input) {
        pkg.targets()
                .forEach(t ->
                        input.target(t.year(), t.regionCode(), t.targetGrowth().doubleValue()));
        pkg.benchmarks()
                .forEach(b -> input.benchmark(
                        b.period().getYear(),
                        b.period().getMonthValue(),
                        b.scope().equals("province"),
                        b.growthCum().doubleValue()));
        return input;
    }
}
