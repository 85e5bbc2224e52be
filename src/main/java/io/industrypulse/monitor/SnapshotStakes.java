package io.industrypulse.monitor;

import io.industrypulse.dispatch.EnterpriseStake;
import io.industrypulse.dispatch.EnterpriseStakes;
import io.industrypulse.engine.OutputAtStake;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The tickets' stakes from the latest snapshot: the engine's {@link OutputAtStake} over its input. */
@Component
class SnapshotStakes implements EnterpriseStakes {

    private final MonitorService monitor;

    SnapshotStakes(MonitorService monitor) {
        this.monitor = monitor;
    }

    @Override
    public Map<String, EnterpriseStake> of(Collection<String> creditCodes) {
        GrowthSnapshot snapshot = monitor.snapshot().orElse(null);
        if (snapshot == null || creditCodes.isEmpty()) {
            return Map.of();
        }
        Map<Integer, String> codes = new HashMap<>();
        Set<String> wanted = new HashSet<>(creditCodes);
        for (int e = 0; e < snapshot.enterprises().size(); e++) {
            String code = snapshot.enterprises().get(e).creditCode();
            if (wanted.contains(code)) {
                codes.put(e, code);
            }
        }
        Map<String, EnterpriseStake> out = new HashMap<>();
        OutputAtStake.of(snapshot.labels().engineInput(), codes.keySet())
                .forEach((e, stake) -> out.put(
                        codes.get(e),
                        new EnterpriseStake(
                                stake.valueAdded(),
                                stake.countyPoints().isPresent()
                                        ? stake.countyPoints().getAsDouble()
                                        : null,
                                stake.cityPoints().isPresent()
                                        ? stake.cityPoints().getAsDouble()
                                        : null)));
        return out;
    }
}
