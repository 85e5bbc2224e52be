package io.industrypulse.monitor;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.ingest.PackageInput;
import java.util.Map;

/**
 * The engine's results for the latest year of stored data, with the codes and names behind the engine's indices.
 *
 * @param result all standard results (DESIGN.md section 5)
 * @param labels county and division codes by engine index, and the city's code
 * @param names region and division names by code
 */
public record GrowthSnapshot(EngineResult result, PackageInput labels, Map<String, String> names) {

    public GrowthSnapshot {
        names = Map.copyOf(names);
    }
}
