package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Builds the engine's columnar input from facts named by their codes, one fact at a time, for the year given and the
 * year before (DESIGN.md section 4): the stored data ({@code monitor}) and a canonical package ({@code ingest}) both go
 * through it. Enterprises come before their rows; counties are indexed by code, divisions by the enterprises' codes in
 * order, tag groups in the order given. Facts of other years are ignored, except rows, which the caller limits to the
 * two years.
 */
public final class InputBuilder {

    private final int year;
    private final String cityCode;
    private final List<String> countyCodes;
    private final Map<String, Integer> countyIndex;
    private final Map<String, Integer> enterpriseIndex = new HashMap<>();
    private final List<String> enterpriseCounty = new ArrayList<>();
    private final List<String> enterpriseDivision = new ArrayList<>();
    private final Map<String, Double> vaPrevious = new HashMap<>();
    private final Map<String, Double> vaCurrent = new HashMap<>();
    private final List<Map<String, Double>> ppi = new ArrayList<>();
    private final Map<String, Double> targets = new HashMap<>();
    private final List<OptionalDouble> province = new ArrayList<>(Collections.nCopies(12, OptionalDouble.empty()));
    private final List<OptionalDouble> city = new ArrayList<>(Collections.nCopies(12, OptionalDouble.empty()));
    private Map<String, ? extends Collection<String>> tags = Map.of();
    private int rows;
    private int[] period = new int[1024];
    private int[] enterprise = new int[1024];
    private double[] output = new double[1024];
    private double[] outputLy = new double[1024];

    /**
     * @param year the current year
     * @param cityCode the city's region code
     * @param countyCodes the counties' region codes, in any order
     */
    public InputBuilder(int year, String cityCode, Collection<String> countyCodes) {
        this.year = year;
        this.cityCode = cityCode;
        this.countyCodes = List.copyOf(new TreeSet<>(countyCodes));
        this.countyIndex = LabelledInput.indexOf(this.countyCodes);
        for (int m = 0; m < 12; m++) {
            ppi.add(new HashMap<>());
        }
    }

    /** An enterprise of a county, classified in an industry division. */
    public InputBuilder enterprise(String creditCode, String countyCode, String divisionCode) {
        if (!countyIndex.containsKey(countyCode)) {
            throw new IllegalArgumentException("enterprise " + creditCode + " of unknown county " + countyCode);
        }
        enterpriseIndex.put(creditCode, enterpriseCounty.size());
        enterpriseCounty.add(countyCode);
        enterpriseDivision.add(divisionCode);
        return this;
    }

    /** A monthly row of the current year or, for any other year, the previous one (万元, current prices). */
    public InputBuilder row(int rowYear, int month, String creditCode, double value, double valueLastYear) {
        Integer e = enterpriseIndex.get(creditCode);
        if (e == null) {
            throw new IllegalArgumentException("monthly row of unknown enterprise " + creditCode);
        }
        add(rowYear == year ? Rows.currentYear(month) : Rows.previousYear(month), e, value, valueLastYear);
        return this;
    }

    /**
     * Adds the rows of {@code previous} of one period (index as in {@link Rows}), as they are and in their order: for a
     * change of some months' rows, the rows of the other months need not be read again (issue 18). This builder must
     * have been given the same enterprises in the same order as the one that built {@code previous}.
     */
    public InputBuilder rowsOf(LabelledInput previous, int periodIndex) {
        if (previous.engineInput().year() != year) {
            throw new IllegalArgumentException("rows of another year");
        }
        Rows from = previous.engineInput().rows();
        for (int i = 0; i < from.size(); i++) {
            if (from.period()[i] == periodIndex) {
                if (from.enterprise()[i] >= enterpriseCounty.size()) {
                    throw new IllegalArgumentException("rows of enterprises this builder was not given");
                }
                add(periodIndex, from.enterprise()[i], from.output()[i], from.outputLy()[i]);
            }
        }
        return this;
    }

    private void add(int periodIndex, int e, double value, double valueLastYear) {
        if (rows == period.length) {
            int size = rows * 2;
            period = Arrays.copyOf(period, size);
            enterprise = Arrays.copyOf(enterprise, size);
            output = Arrays.copyOf(output, size);
            outputLy = Arrays.copyOf(outputLy, size);
        }
        period[rows] = periodIndex;
        enterprise[rows] = e;
        output[rows] = value;
        outputLy[rows] = valueLastYear;
        rows++;
    }

    /** A division's value-added ratio of the current or the previous year. */
    public InputBuilder vaRatio(int ratioYear, String divisionCode, double ratio) {
        if (ratioYear == year) {
            vaCurrent.put(divisionCode, ratio);
        } else if (ratioYear == year - 1) {
            vaPrevious.put(divisionCode, ratio);
        }
        return this;
    }

    /** A division's PPI of a month of the current year (same month last year = 100). */
    public InputBuilder ppi(int ppiYear, int month, String divisionCode, double ppiYoy) {
        if (ppiYear == year) {
            ppi.get(month - 1).put(divisionCode, ppiYoy);
        }
        return this;
    }

    /** The current year's growth target (%) of the city or a county; other regions are ignored. */
    public InputBuilder target(int targetYear, String regionCode, double growth) {
        if (targetYear == year) {
            targets.put(regionCode, growth);
        }
        return this;
    }

    /** A published cumulative growth (%) of the province or the city for a month of the current year. */
    public InputBuilder benchmark(int benchmarkYear, int month, boolean ofProvince, double growthCum) {
        if (benchmarkYear == year) {
            (ofProvince ? province : city).set(month - 1, OptionalDouble.of(growthCum));
        }
        return this;
    }

    /**
     * Enterprise groups by name (e.g. {@code chain:NEV}), each a collection of credit codes; codes of enterprises not
     * given are ignored; iteration order gives the tag indices.
     */
    public InputBuilder tags(Map<String, ? extends Collection<String>> groups) {
        this.tags = groups;
        return this;
    }

    public LabelledInput build() {
        List<String> divisionCodes = List.copyOf(new TreeSet<>(enterpriseDivision));
        Map<String, Integer> divisionIndex = LabelledInput.indexOf(divisionCodes);
        int enterprises = enterpriseCounty.size();
        int[] countyOf = new int[enterprises];
        int[] divisionOf = new int[enterprises];
        for (int e = 0; e < enterprises; e++) {
            countyOf[e] = countyIndex.get(enterpriseCounty.get(e));
            divisionOf[e] = divisionIndex.get(enterpriseDivision.get(e));
        }
        int[] county = new int[rows];
        int[] division = new int[rows];
        for (int i = 0; i < rows; i++) {
            county[i] = countyOf[enterprise[i]];
            division[i] = divisionOf[enterprise[i]];
        }
        double[][] ppiByMonth = new double[12][];
        for (int m = 0; m < 12; m++) {
            ppiByMonth[m] = byDivision(ppi.get(m), divisionCodes);
        }
        List<TagGroup> groups = new ArrayList<>();
        tags.forEach((name, codes) -> groups.add(new TagGroup(
                name,
                codes.stream()
                        .map(enterpriseIndex::get)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .toArray())));
        EngineInput input = new EngineInput(
                year,
                countyCodes.size(),
                divisionCodes.size(),
                new Rows(
                        Arrays.copyOf(period, rows),
                        Arrays.copyOf(enterprise, rows),
                        county,
                        division,
                        Arrays.copyOf(output, rows),
                        Arrays.copyOf(outputLy, rows)),
                byDivision(vaPrevious, divisionCodes),
                byDivision(vaCurrent, divisionCodes),
                ppiByMonth,
                targets(),
                new Benchmarks(province, city),
                groups);
        return new LabelledInput(input, cityCode, countyCodes, divisionCodes, List.copyOf(tags.keySet()), countyIndex);
    }

    /**
     * {@code input} with this builder's targets and benchmarks in place of its own, everything else shared: a changed
     * target or benchmark changes no row, so the rows read for the last snapshot serve the next one (issue 18). The
     * builder needs only its targets and benchmarks, for the same year, city and counties as {@code input}.
     */
    public LabelledInput goalsOn(LabelledInput input) {
        EngineInput in = input.engineInput();
        if (in.year() != year
                || !input.cityCode().equals(cityCode)
                || !input.countyCodes().equals(countyCodes)) {
            throw new IllegalArgumentException("goals of another year, city or set of counties");
        }
        EngineInput out = new EngineInput(
                year,
                in.countyCount(),
                in.divisionCount(),
                in.rows(),
                in.vaRatioPrevious(),
                in.vaRatioCurrent(),
                in.ppi(),
                targets(),
                new Benchmarks(province, city),
                in.tags());
        return new LabelledInput(
                out, cityCode, countyCodes, input.divisionCodes(), input.tagNames(), input.countyIndex());
    }

    private Targets targets() {
        List<OptionalDouble> countyTargets = new ArrayList<>();
        for (String code : countyCodes) {
            Double t = targets.get(code);
            countyTargets.add(t == null ? OptionalDouble.empty() : OptionalDouble.of(t));
        }
        Double cityTarget = targets.get(cityCode);
        return new Targets(cityTarget == null ? OptionalDouble.empty() : OptionalDouble.of(cityTarget), countyTargets);
    }

    /** NaN where a division has no value. */
    private static double[] byDivision(Map<String, Double> values, List<String> divisionCodes) {
        double[] out = new double[divisionCodes.size()];
        for (int d = 0; d < out.length; d++) {
            Double v = values.get(divisionCodes.get(d));
            out[d] = v == null ? Double.NaN : v;
        }
        return out;
    }
}
