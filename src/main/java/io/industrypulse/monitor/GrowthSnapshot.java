package io.industrypulse.monitor;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.ingest.PackageInput;
import java.util.List;
import java.util.Map;

/**
 * The engine's results for the latest year of stored data, with the codes and names behind the engine's indices.
 *
 * @param result all standard results (DESIGN.md section 5)
 * @param labels county and division codes by engine index, and the city's code
 * @param names region, division and tag group names by code
 * @param enterprises credit code and county code by the engine's enterprise index
 */
public record GrowthSnapshot(
        EngineResult result, PackageInput labels, Map<String, String> names, List<EnterpriseRef> enterprises) {

    public GrowthSnapshot {
        names = Map.copyOf(names);
        enterprises = List.copyOf(enterprises);
    }

    /** An enterprise behind an engine index. */
    public record EnterpriseRef(String creditCode, String name, String countyCode) {}
}
