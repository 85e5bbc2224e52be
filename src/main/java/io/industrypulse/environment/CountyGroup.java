package io.industrypulse.environment;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A group of counties the administrator defines (e.g. 东部区域), for episodes that cover only some. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CountyGroup(String code, String name, List<String> counties) {

    public CountyGroup {
        counties = List.copyOf(counties);
    }
}
