package io.industrypulse.environment;

import java.util.List;

/** A group of counties the administrator defines (e.g. 东部区域), for episodes that cover only some. */
public record CountyGroup(String code, String name, List<String> counties) {

    public CountyGroup {
        counties = List.copyOf(counties);
    }
}
