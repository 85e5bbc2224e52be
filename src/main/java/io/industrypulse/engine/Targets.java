package io.industrypulse.engine;

import java.util.List;
import java.util.OptionalDouble;

/** Annual growth targets (人代会目标, %) of the city and of each county (by county index); empty = no target. */
public record Targets(OptionalDouble city, List<OptionalDouble> counties) {

    public Targets {
        counties = List.copyOf(counties);
    }

    public static Targets none(int countyCount) {
        return new Targets(OptionalDouble.empty(), java.util.Collections.nCopies(countyCount, OptionalDouble.empty()));
    }

    OptionalDouble county(int county) {
        return county < counties.size() ? counties.get(county) : OptionalDouble.empty();
    }
}
