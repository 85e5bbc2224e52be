package io.industrypulse.monitor;

import io.industrypulse.dispatch.ProductionStatusEntry;
import io.industrypulse.engine.EnterpriseSums;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Rows;
import io.industrypulse.engine.TagGroup;
import io.industrypulse.enterprise.EnterpriseService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A county's detail at month M (点对点分析) from the snapshot: its divisions (county x division groups of the engine)
 * and, from {@link EnterpriseSums} over the same rows, its industrial chains and the enterprises that add or lose most
 * value added, and the enterprises without output. The what-if of any target is the snapshot's plan
 * ({@link GrowthSnapshot#plan}).
 */
public final class CountyView {

    /** A part of the county (division or chain) and its pull on the county's cumulative growth. */
    public record Part(
            String code,
            String name,
            @Nullable Double growth,
            @Nullable Double pull,
            @Nullable Double contribution) {}

    /**
     * An enterprise's increment {@code C - A} over months 1..M (万元, comparable prices) and its share of the county's
     * increment (%).
     */
    public record Mover(
            String creditCode,
            String name,
            double increment,
            @Nullable Double share) {}

    /** An enterprise of the county without output in month M that had output in the same month last year (万元). */
    public record ZeroOutput(String creditCode, String name, double outputLastYear) {}

    /**
     * A stopped or limited enterprise of the county as the page lists it (declared in the dispatch module).
     *
     * @param statusKey the message key of its status, {@code dispatch.status.*}
     * @param reasonKey the message key of its reason, {@code dispatch.reason.*}
     */
    public record Stopped(
            String creditCode,
            String name,
            String statusKey,
            String reasonKey,
            LocalDate since,
            @Nullable LocalDate expectedResume) {

        static Stopped of(ProductionStatusEntry entry) {
            return new Stopped(
                    entry.creditCode(),
                    entry.name(),
                    "dispatch.status." + entry.status(),
                    "dispatch.reason." + entry.reason(),
                    entry.since(),
                    entry.expectedResume());
        }
    }

    /** How many enterprises the county page lists as adding and as losing most. */
    static final int MOVERS = 10;

    private record Key(int county, int month) {}

    private final GrowthSnapshot snapshot;
    private final int county;
    private final int month;
    private final List<Part> divisions;
    private final List<Part> chains;
    private final List<Mover> adding;
    private final List<Mover> losing;
    private final List<ZeroOutput> zeroOutput;

    /** The county's view at month M, computed once per snapshot (the county page and the reports). */
    static CountyView of(GrowthSnapshot snapshot, int county, int month) {
        return snapshot.view(new Key(county, month), () -> new CountyView(snapshot, county, month));
    }

    private CountyView(GrowthSnapshot snapshot, int county, int month) {
        this.snapshot = snapshot;
        this.county = county;
        this.month = month;
        EnterpriseSums sums = snapshot.enterpriseSums(month);
        this.divisions = List.copyOf(computeDivisions());
        this.chains = List.copyOf(computeChains(sums));
        this.adding = List.copyOf(movers(snapshot, sums, e -> sums.county()[e] == county, figures(), true, MOVERS));
        this.losing = List.copyOf(movers(snapshot, sums, e -> sums.county()[e] == county, figures(), false, MOVERS));
        this.zeroOutput = List.copyOf(computeZeroOutput());
    }

    MonthFigures figures() {
        return snapshot.result().county(county).month(month);
    }

    /** The county's divisions by cumulative pull, largest first (engine county x division groups). */
    List<Part> divisions() {
        return divisions;
    }

    /** The industrial chains (and 重点企业) within the county: members in the county summed, pull on the county. */
    List<Part> chains() {
        return chains;
    }

    /** The {@link #MOVERS} enterprises adding most value added ({@code adding}) or losing most, over months 1..M. */
    List<Mover> movers(boolean adding) {
        return adding ? this.adding : losing;
    }

    /**
     * The county's enterprises that report no output in month M although they produced in the same month last year:
     * the data's hint of a stop, beside what the county reported (停产/限产), largest last-year output first.
     */
    List<ZeroOutput> zeroOutput() {
        return zeroOutput;
    }

    private List<Part> computeDivisions() {
        List<String> codes = snapshot.labels().divisionCodes();
        List<Part> parts = new ArrayList<>();
        for (int d = 0; d < codes.size(); d++) {
            int division = d;
            snapshot.result().countyDivision(county, d).ifPresent(g -> {
                MonthFigures f = g.month(month);
                String code = codes.get(division);
                parts.add(new Part(
                        code,
                        snapshot.names().getOrDefault(code, code),
                        MonitorViews.published(f.cumGrowth()),
                        MonitorViews.published(f.pullCum()),
                        MonitorViews.published(f.contributionCum())));
            });
        }
        parts.sort(Comparator.comparing(Part::pull, Comparator.nullsLast(Comparator.reverseOrder())));
        return parts;
    }

    private List<Part> computeChains(EnterpriseSums sums) {
        MonthFigures whole = figures();
        double wholeBase = whole.baseCum();
        double wholeComparable = whole.comparableCum();
        List<Part> parts = new ArrayList<>();
        List<TagGroup> tags = snapshot.labels().engineInput().tags();
        for (TagGroup tag : tags) {
            double c = 0;
            double a = 0;
            boolean any = false;
            for (int e : tag.enterprises()) {
                if (e < sums.size() && sums.county()[e] == county) {
                    c += sums.comparableCum()[e];
                    a += sums.baseCum()[e];
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            String name = tag.name();
            String code = name.startsWith(EnterpriseService.CHAIN_GROUP_PREFIX)
                    ? name.substring(EnterpriseService.CHAIN_GROUP_PREFIX.length())
                    : name;
            parts.add(new Part(
                    code,
                    snapshot.names().getOrDefault(name, code),
                    MonitorViews.published(Formulas.growth(c, a)),
                    MonitorViews.published(Formulas.pull(c, a, wholeBase)),
                    MonitorViews.published(Formulas.contribution(c, a, wholeComparable, wholeBase))));
        }
        parts.sort(Comparator.comparing(Part::pull, Comparator.nullsLast(Comparator.reverseOrder())));
        return parts;
    }

    /**
     * The {@code limit} members adding most value added ({@code adding}) or losing most over months 1..M, with their
     * share of the increment of {@code whole} (its contribution, DESIGN.md section 5).
     */
    static List<Mover> movers(
            GrowthSnapshot snapshot,
            EnterpriseSums sums,
            java.util.function.IntPredicate member,
            MonthFigures whole,
            boolean adding,
            int limit) {
        List<Mover> movers = new ArrayList<>();
        for (int e = 0; e < sums.size() && e < snapshot.enterprises().size(); e++) {
            if (!member.test(e)) {
                continue;
            }
            double increment = sums.increment(e);
            if (adding ? increment > 0 : increment < 0) {
                GrowthSnapshot.EnterpriseRef ref = snapshot.enterprises().get(e);
                movers.add(new Mover(
                        ref.creditCode(),
                        ref.name(),
                        increment,
                        MonitorViews.published(Formulas.contribution(
                                sums.comparableCum()[e], sums.baseCum()[e], whole.comparableCum(), whole.baseCum()))));
            }
        }
        Comparator<Mover> byIncrement = Comparator.comparingDouble(Mover::increment);
        movers.sort(adding ? byIncrement.reversed() : byIncrement);
        return new ArrayList<>(movers.subList(0, Math.min(limit, movers.size())));
    }

    private record ZeroOutputKey(int month) {}

    /** The zero-output enterprises of every county at month M, in one pass over the rows (once per snapshot). */
    private List<ZeroOutput> computeZeroOutput() {
        List<List<ZeroOutput>> byCounty = snapshot.view(new ZeroOutputKey(month), () -> {
            Rows rows = snapshot.labels().engineInput().rows();
            int period = Rows.currentYear(month);
            List<List<ZeroOutput>> found = new ArrayList<>();
            for (int k = 0; k < snapshot.labels().countyCodes().size(); k++) {
                found.add(new ArrayList<>());
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.period()[i] == period && rows.output()[i] == 0 && rows.outputLy()[i] > 0) {
                    GrowthSnapshot.EnterpriseRef ref = snapshot.enterprises().get(rows.enterprise()[i]);
                    found.get(rows.county()[i]).add(new ZeroOutput(ref.creditCode(), ref.name(), rows.outputLy()[i]));
                }
            }
            found.forEach(list -> list.sort(
                    Comparator.comparingDouble(ZeroOutput::outputLastYear).reversed()));
            return found;
        });
        return byCounty.get(county);
    }
}
