package io.industrypulse.ingest;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Imports as Prometheus sees them (issue 17): {@code industrypulse.import} (the time from the file to the answer) and
 * {@code industrypulse.import.rows} (the rows of the file), by kind and outcome, so a slow or refused import near the
 * deadline shows on the dashboard.
 */
@Component
class ImportMetrics {

    private final MeterRegistry meters;

    ImportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** One import of {@code kind} that took from {@code started} (System.nanoTime) until now. */
    void record(String kind, boolean stored, int rows, long started) {
        String outcome = stored ? "stored" : "refused";
        Timer.builder("industrypulse.import")
                .description("An import from the file to the answer")
                .tags("kind", kind, "outcome", outcome)
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        DistributionSummary.builder("industrypulse.import.rows")
                .description("Rows of an imported file")
                .tags("kind", kind, "outcome", outcome)
                .register(meters)
                .record(rows);
    }
}
