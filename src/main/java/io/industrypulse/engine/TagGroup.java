package io.industrypulse.engine;

import java.util.Arrays;

/**
 * An arbitrary group of enterprises (重点企业, an industrial chain, ...), given by enterprise indices. Its pull and
 * contribution are measured within the city (DESIGN.md section 5).
 */
public record TagGroup(String name, int[] enterprises) {

    public TagGroup {
        enterprises = Arrays.stream(enterprises).distinct().toArray();
    }
}
