package io.industrypulse.planning;

import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/v1/forecasts?period=} and {@code POST /api/v1/forecasts} (a county's expected month growth). */
@RestController
class ForecastApiController {

    private final ForecastService forecasts;

    ForecastApiController(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    /**
     * The body of a POST: county code, period {@code YYYY-MM}, expected month growth (%).
     *
     * @param county the county's code (GB/T 2260), in the caller's scope
     * @param period the month forecast (YYYY-MM), before its data are in
     * @param expectedGrowth the expected month growth of comparable value added, %, one decimal
     */
    record ForecastRequest(String county, YearMonth period, BigDecimal expectedGrowth) {}

    /**
     * The forecast board of a month: each county's expected growth, the city growth it implies, and, once the data
     * arrived, the actual growth and the forecasts' error.
     *
     * @param period the month forecast, {@code YYYY-MM}
     */
    @GetMapping("/api/v1/forecasts")
    ForecastBoard board(@RequestParam YearMonth period) {
        return forecasts.board(period);
    }

    /**
     * A county's forecast of its month growth (预测), replacing the one it gave before; 400 with the field at fault
     * for a county outside the caller's scope, a month with data, or a growth out of range.
     *
     * @param request the county, the month and the expected growth (%)
     */
    @PostMapping("/api/v1/forecasts")
    Forecast submit(@RequestBody ForecastRequest request) {
        if (request.county() == null || request.period() == null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, Messages.get("planning.error.countyPeriodRequired"));
        }
        return forecasts.submit(request.county(), request.period(), request.expectedGrowth());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
}
