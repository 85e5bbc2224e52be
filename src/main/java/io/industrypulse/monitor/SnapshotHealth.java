package io.industrypulse.monitor;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness (issue 17, item 6): an instance takes traffic only once its first growth snapshot is computed,
 * so the first user it serves does not wait for it (on H2 the demo city is loaded before, by its runner).
 */
@Component("snapshot")
class SnapshotHealth implements HealthIndicator {

    private final MonitorService monitor;

    SnapshotHealth(MonitorService monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        return monitor.ready()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("reason", "growth snapshot not computed yet")
                        .build();
    }
}
