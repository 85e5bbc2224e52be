package io.industrypulse.demo;

import io.industrypulse.enterprise.IndustrialChain;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CsvTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated demo city 示例市.
 *
 * @param data the canonical package (DESIGN.md section 4): regions, enterprises, monthly rows {@link #start()}..
 *     {@link #end()}, value-added ratios, PPI, targets and benchmarks
 * @param profiles one profile per enterprise of {@code data}, in the same order
 * @param chains the industrial chains the profiles refer to
 */
public record DemoCity(CanonicalPackage data, List<DemoProfile> profiles, List<IndustrialChain> chains) {

    /** File name of the profile extension written next to the canonical files (docs/demo-data.md). */
    public static final String PROFILES_FILE = "enterprise_profiles.csv";

    /** Columns of {@link #PROFILES_FILE}. */
    public static final List<String> PROFILE_COLUMNS = List.of(
            "credit_code",
            "industry_class",
            "tags",
            "air_polluting",
            "pollution_grade",
            "winter_limited",
            "chains",
            "entry_kind",
            "production_start",
            "exit_period",
            "exit_reason",
            "contact_name",
            "contact_phone");

    public DemoCity {
        profiles = List.copyOf(profiles);
        chains = List.copyOf(chains);
    }

    /** First month of monthly data. */
    public YearMonth start() {
        return DemoCityGenerator.START;
    }

    /** Last month of monthly data (the current month of the demo). */
    public YearMonth end() {
        return DemoCityGenerator.END;
    }

    /** The profiles as the extra CSV file {@link #PROFILES_FILE}; lists are joined with {@code ;}. */
    public CsvTable profileTable() {
        List<List<String>> rows = new ArrayList<>(profiles.size());
        for (DemoProfile p : profiles) {
            rows.add(java.util.Arrays.asList(
                    p.creditCode(),
                    p.industryClass(),
                    String.join(";", p.tags()),
                    String.valueOf(p.airPolluting()),
                    p.pollutionGrade(),
                    String.valueOf(p.winterLimited()),
                    String.join(";", p.chainCodes()),
                    p.entryKind().name(),
                    p.productionStart() == null ? null : p.productionStart().toString(),
                    p.exitPeriod() == null ? null : p.exitPeriod().toString(),
                    p.exitReason(),
                    p.contactName(),
                    p.contactPhone()));
        }
        return new CsvTable(PROFILES_FILE, PROFILE_COLUMNS, rows);
    }
}
