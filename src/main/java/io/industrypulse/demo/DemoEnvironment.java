package io.industrypulse.demo;

import io.industrypulse.environment.EpisodeForm;
import io.industrypulse.environment.ListedForm;
import io.industrypulse.ingest.CanonicalPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo city's environmental control (issue 13): about 150 of its 涉气 enterprises on the key air-polluting
 * enterprise list across the eight seeded key industries and every grade, with emission bases in proportion to
 * last year's output, the heat and power plants as 以热定产; the 东部区域 group; two past alerts of 2026 (orange,
 * red), one running now, and the cement clinker 错峰生产 calendars. Deterministic.
 */
final class DemoEnvironment {

    static final String EAST = "EAST";
    private static final int LISTED = 150;

    private DemoEnvironment() {}

    /** The key industry of a 4-digit class of the demo's 涉气 classes. */
    static String industry(String industryClass, int n) {
        return switch (industryClass) {
            case "3011" -> n % 3 == 0 ? "CEMENT_GRINDING" : "CEMENT_CLINKER";
            case "3021", "3041" -> "GLASS";
            case "3031" -> "BRICK";
            case "3110", "3120", "3130" -> "STEEL";
            case "2521" -> "COKING";
            case "3391", "3393" -> "FOUNDRY";
            default -> "OTHER";
        };
    }

    /** Rows of the list, as a user would enter them. */
    static List<ListedForm> listed(CanonicalPackage data, List<DemoProfile> profiles) {
        Map<String, String> classes = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        for (DemoProfile p : profiles) {
            if (p.airPolluting()) {
                classes.put(p.creditCode(), p.industryClass());
                grades.put(p.creditCode(), p.pollutionGrade());
            }
        }
        Map<String, Double> lastYear = new HashMap<>();
        for (CanonicalPackage.MonthlyRow m : data.monthly()) {
            if (m.period().getYear() == 2025 && classes.containsKey(m.creditCode())) {
                lastYear.merge(m.creditCode(), m.output().doubleValue(), Double::sum);
            }
        }
        // every county's share of the list: its 涉气 enterprises taken in turn, one county after another
        Map<String, List<CanonicalPackage.EnterpriseRow>> byCounty = new java.util.TreeMap<>();
        for (CanonicalPackage.EnterpriseRow e : data.enterprises()) {
            if (classes.containsKey(e.creditCode()) && lastYear.containsKey(e.creditCode())) {
                byCounty.computeIfAbsent(e.countyCode(), k -> new ArrayList<>()).add(e);
            }
        }
        // the enterprises of the graded key industries first, then the others
        List<CanonicalPackage.EnterpriseRow> chosen = new ArrayList<>();
        for (boolean graded : new boolean[] {true, false}) {
            for (int round = 0; chosen.size() < LISTED; round++) {
                boolean any = false;
                for (List<CanonicalPackage.EnterpriseRow> county : byCounty.values()) {
                    List<CanonicalPackage.EnterpriseRow> kind = county.stream()
                            .filter(e ->
                                    !industry(classes.get(e.creditCode()), 1).equals("OTHER") == graded)
                            .toList();
                    if (round < kind.size() && chosen.size() < LISTED) {
                        chosen.add(kind.get(round));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
        }
        List<ListedForm> out = new ArrayList<>();
        int n = 0;
        for (CanonicalPackage.EnterpriseRow e : chosen) {
            String code = e.creditCode();
            SplittableRandom random = new SplittableRandom(code.hashCode());
            String cls = classes.get(code);
            String industry = industry(cls, n++);
            String grade = grade(industry, grades.get(code), random);
            boolean heat = cls.equals("4411") || cls.equals("4430");
            double dailyOutput = lastYear.get(code) / 365;
            // kg a day per 万元 a day of output: heavier for kilns and furnaces, VOCs for chemicals and coating
            // and lighter the better the grade: the grades rate how well emissions are treated
            double kiln = (industry.equals("OTHER") ? 0.4 : 1.5) * intensity(grade);
            out.add(new ListedForm(
                    code,
                    industry,
                    grade,
                    heat ? "HEAT" : "",
                    heat ? "70" : "",
                    kg(dailyOutput * kiln * random.nextDouble(0.5, 1.5)),
                    kg(dailyOutput * kiln * 2 * random.nextDouble(0.5, 1.5)),
                    kg(dailyOutput * kiln * 0.6 * random.nextDouble(0.5, 1.5)),
                    kg(dailyOutput
                            * (industry.equals("OTHER") ? 1.2 : 0.2)
                            * intensity(grade)
                            * random.nextDouble(0.5, 1.5)),
                    "",
                    // enterprises of the western counties lie upwind of the city's sites in a west wind
                    e.countyCode().compareTo("130108") > 0 ? "" : "225",
                    e.countyCode().compareTo("130108") > 0 ? "" : "315",
                    measure(grade, 0),
                    measure(grade, 1),
                    measure(grade, 2)));
        }
        return out;
    }

    /** The demo's grade: A and B mostly as the registry has them, a share of them A+ and B-; 引领性 outside A-D. */
    private static String grade(String industry, String registry, SplittableRandom random) {
        String g = registry == null ? "C" : registry;
        if (industry.equals("OTHER")) {
            return g.equals("A") ? "LEADING" : "NON_LEADING";
        }
        double r = random.nextDouble();
        if (g.equals("A") && r < 0.3) {
            return "A_PLUS";
        }
        if (g.equals("B") && r < 0.3) {
            return "B_MINUS";
        }
        return g;
    }

    /** Emissions per unit of output relative to a C-grade enterprise's. */
    private static double intensity(String grade) {
        return switch (grade) {
            case "A_PLUS" -> 0.2;
            case "A" -> 0.3;
            case "LEADING" -> 0.1;
            case "B" -> 0.6;
            case "B_MINUS" -> 0.8;
            case "D" -> 1.3;
            default -> 1.0;
        };
    }

    /** The 一厂一策 wording the enterprise's plan has at a level (yellow, orange, red). */
    private static String measure(String grade, int level) {
        return switch (grade) {
            case "A_PLUS", "A", "LEADING" -> "自主采取减排措施";
            case "B" -> new String[] {"停用国四及以下重型载货车辆", "限产20%，错峰运输", "停产"}[level];
            case "B_MINUS" -> new String[] {"限产10%", "限产30%", "停产"}[level];
            case "C" -> new String[] {"停产50%生产线", "停产", "停产"}[level];
            case "NON_LEADING" -> new String[] {"限产10%", "限产20%", "限产30%"}[level];
            default -> "停产";
        };
    }

    private static String kg(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The counties of the 东部区域 group: the last four counties by code. */
    static List<String> east(List<String> counties) {
        List<String> sorted = counties.stream().sorted().toList();
        return sorted.subList(Math.max(0, sorted.size() - 4), sorted.size());
    }

    /** Two past alerts, one running at {@code now}'s month, and the 错峰 calendars of cement clinker. */
    static List<EpisodeForm> episodes(YearMonth latest) {
        int year = latest.getYear();
        return List.of(
                new EpisodeForm(
                        year + "年1月橙色预警",
                        "ORANGE",
                        null,
                        year + "-01-12T20:00",
                        year + "-01-16T12:00",
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        year + "-01-13 270\n" + year + "-01-14 西北\n" + year + "-01-15 北"),
                new EpisodeForm(
                        year + "年2月红色预警",
                        "RED",
                        null,
                        year + "-02-20",
                        year + "-02-23",
                        null,
                        "35",
                        "35",
                        "35",
                        "30",
                        true,
                        null),
                new EpisodeForm(
                        year + "年12月橙色预警（东部区域）",
                        "ORANGE",
                        null,
                        year + "-12-02T20:00",
                        year + "-12-07T00:00",
                        EAST,
                        null,
                        null,
                        null,
                        null,
                        true,
                        year + "-12-03 西\n" + year + "-12-04 西南\n" + year + "-12-05 东北\n" + year + "-12-06 北"),
                new EpisodeForm(
                        (year - 1) + "-" + year + "年冬季水泥熟料错峰生产",
                        "STAGGER",
                        "CEMENT_CLINKER",
                        (year - 1) + "-11-15",
                        year + "-03-15",
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null),
                new EpisodeForm(
                        year + "-" + (year + 1) + "年冬季水泥熟料错峰生产",
                        "STAGGER",
                        "CEMENT_CLINKER",
                        year + "-11-15",
                        (year + 1) + "-03-15",
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
    }
}
