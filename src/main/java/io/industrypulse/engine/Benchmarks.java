package io.industrypulse.engine;

import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Official published cumulative growth (%) of the province and of the city for each month 1..12 of the current year
 * (list index = month - 1); empty where not published. Used by 两个不低于 (DESIGN.md section 5).
 */
public record Benchmarks(List<OptionalDouble> provinceCum, List<OptionalDouble> cityCum) {

    public Benchmarks {
        if (provinceCum.size() != 12 || cityCum.size() != 12) {
            throw new IllegalArgumentException("benchmarks need 12 months");
        }
        provinceCum = List.copyOf(provinceCum);
        cityCum = List.copyOf(cityCum);
    }

    public static Benchmarks none() {
        List<OptionalDouble> empty = Collections.nCopies(12, OptionalDouble.empty());
        return new Benchmarks(empty, empty);
    }
}
