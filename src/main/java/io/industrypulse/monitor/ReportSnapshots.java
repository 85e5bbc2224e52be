package io.industrypulse.monitor;

import io.industrypulse.engine.MonthFigures;
import io.industrypulse.report.ReportRequest;
import java.time.Year;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The snapshot a document's period reads, and the group (the city or the county) it is about. */
@Component
class ReportSnapshots {

    private final MonitorService monitor;
    private final PageSupport support;

    ReportSnapshots(MonitorService monitor, PageSupport support) {
        this.monitor = monitor;
        this.support = support;
    }

    /** The figures of the request's period, or empty when its year has no snapshot or the month no data. */
    Optional<Shown> shown(ReportRequest request) {
        return monitor.snapshot(Year.of(request.period().getYear()))
                .filter(s -> request.period().getMonthValue() <= s.result().lastMonth())
                .flatMap(s -> {
                    if (request.city()) {
                        return Optional.of(new Shown(s, request.period().getMonthValue(), -1, support));
                    }
                    int k = s.countyIndex(request.county());
                    return k < 0
                            ? Optional.empty()
                            : Optional.of(new Shown(s, request.period().getMonthValue(), k, support));
                });
    }

    /**
     * One period's snapshot and the group a document is about.
     *
     * @param county the county's engine index, -1 for the city
     */
    record Shown(GrowthSnapshot snapshot, int month, int county, PageSupport support) {

        io.industrypulse.engine.GroupResult group() {
            return county < 0 ? snapshot.result().city() : snapshot.result().county(county);
        }

        MonthFigures figures() {
            return group().month(month);
        }

        String code() {
            return county < 0
                    ? snapshot.labels().cityCode()
                    : snapshot.labels().countyCodes().get(county);
        }

        String name(String code) {
            return snapshot.names().getOrDefault(code, code);
        }
    }
}
