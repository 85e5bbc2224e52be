package io.industrypulse.engine;

import java.util.List;

/**
 * Everything the engine needs for one year, as columnar arrays (DESIGN.md section 2: {@code monitor} builds it from
 * a data version, {@code compute} from a canonical package).
 *
 * @param year the current year
 * @param countyCount number of counties (county indices are 0..countyCount-1)
 * @param divisionCount number of industry divisions (division indices are 0..divisionCount-1)
 * @param rows enterprise-month rows of the previous and the current year
 * @param vaRatioPrevious value-added ratio of the previous year by division (for the seasonal profile L); NaN where
 *     unknown, which is an error only if a row needs it
 * @param vaRatioCurrent value-added ratio of the current year by division; NaN where unknown
 * @param ppi PPI (same month last year = 100) by [month - 1][division] for the current year; NaN where unknown
 * @param targets annual targets of the city and the counties
 * @param benchmarks published province and city cumulative growth by month
 * @param tags arbitrary enterprise groups, measured within the city
 */
public record EngineInput(
        int year,
        int countyCount,
        int divisionCount,
        Rows rows,
        double[] vaRatioPrevious,
        double[] vaRatioCurrent,
        double[][] ppi,
        Targets targets,
        Benchmarks benchmarks,
        List<TagGroup> tags) {

    public EngineInput {
        if (vaRatioPrevious.length != divisionCount || vaRatioCurrent.length != divisionCount) {
            throw new IllegalArgumentException("va ratios need one value per division");
        }
        if (ppi.length != 12) {
            throw new IllegalArgumentException("ppi needs 12 months");
        }
        for (double[] month : ppi) {
            if (month.length != divisionCount) {
                throw new IllegalArgumentException("ppi needs one value per division");
            }
        }
        tags = List.copyOf(tags);
    }
}
