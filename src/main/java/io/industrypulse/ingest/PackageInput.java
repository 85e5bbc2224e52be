package io.industrypulse.ingest;

import io.industrypulse.engine.EngineInput;
import java.util.List;

/**
 * A canonical package as engine input, with the codes behind the engine's indices.
 *
 * @param engineInput the columnar input
 * @param cityCode the city's region code
 * @param countyCodes region code by county index (counties of regions.csv, by code)
 * @param divisionCodes industry division by division index (divisions of enterprises.csv, by code)
 * @param tagNames tag group name by tag index
 */
public record PackageInput(
        EngineInput engineInput,
        String cityCode,
        List<String> countyCodes,
        List<String> divisionCodes,
        List<String> tagNames) {

    public PackageInput {
        countyCodes = List.copyOf(countyCodes);
        divisionCodes = List.copyOf(divisionCodes);
        tagNames = List.copyOf(tagNames);
    }
}
