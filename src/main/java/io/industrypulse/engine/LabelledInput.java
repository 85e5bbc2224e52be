package io.industrypulse.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The engine's input with the codes behind its indices, as {@link InputBuilder} made it.
 *
 * @param engineInput the columnar input
 * @param cityCode the city's region code
 * @param countyCodes region code by county index (sorted)
 * @param divisionCodes industry division by division index (the enterprises' divisions, sorted)
 * @param tagNames tag group name by tag index
 */
public record LabelledInput(
        EngineInput engineInput,
        String cityCode,
        List<String> countyCodes,
        List<String> divisionCodes,
        List<String> tagNames,
        Map<String, Integer> countyIndex) {

    public LabelledInput(
            EngineInput engineInput,
            String cityCode,
            List<String> countyCodes,
            List<String> divisionCodes,
            List<String> tagNames) {
        this(engineInput, cityCode, countyCodes, divisionCodes, tagNames, indexOf(countyCodes));
    }

    public LabelledInput {
        countyCodes = List.copyOf(countyCodes);
        divisionCodes = List.copyOf(divisionCodes);
        tagNames = List.copyOf(tagNames);
        countyIndex = Map.copyOf(countyIndex);
    }

    /** The engine index of a county, or empty for any other code (the city's included). */
    public OptionalInt county(String code) {
        Integer k = countyIndex.get(code);
        return k == null ? OptionalInt.empty() : OptionalInt.of(k);
    }

    static Map<String, Integer> indexOf(List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        return index;
    }
}
