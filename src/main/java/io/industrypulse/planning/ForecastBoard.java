package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The forecasts of one month side by side (预计完成情况).
 *
 * @param period the month (YYYY-MM)
 * @param dataArrived whether the month's data are in (forecasts are then closed and actuals shown)
 * @param rows one row per county in the caller's scope
 * @param impliedCityGrowth the city month growth the forecasts imply, %: their mean weighted by each county's base of
 *     the month (last year's value added of that month); city-wide users only, null without forecasts
 * @param cityActual the city's actual month growth, %, once the data are in (city-wide users only)
 * @param meanAbsoluteError running accuracy over every forecast with an actual, in 百分点; null when none yet
 */
public record ForecastBoard(
        YearMonth period,
        boolean dataArrived,
        List<Row> rows,
        Double impliedCityGrowth,
        Double cityActual,
        Double meanAbsoluteError) {

    /**
     * One county: its forecast (null when not entered) and actual month growth (null before the data).
     *
     * @param countyCode the county (GB/T 2260)
     * @param countyName its name
     * @param forecast its expected month growth, %; null when not entered
     * @param enteredBy who entered it; null when not entered
     * @param actual its actual month growth of comparable value added, %; null before the data
     */
    public record Row(String countyCode, String countyName, BigDecimal forecast, String enteredBy, Double actual) {

        /** Forecast minus actual, 百分点; null unless both exist. */
        public Double difference() {
            return forecast == null || actual == null ? null : forecast.doubleValue() - actual;
        }
    }
}
