package io.industrypulse.engine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DESIGN.md section 7: all standard results (city, counties, divisions, county x division, ranking, required growth)
 * for a seeded synthetic city of 50,000 and 500,000 enterprises x 23 months, on one thread. See bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class EngineBenchmark {

    @Param({"50000", "500000"})
    int enterprises;

    EngineInput input;

    @Setup(Level.Trial)
    public void generate() {
        input = SyntheticCity.generate(2025, enterprises, 11);
    }

    @Benchmark
    public EngineResult compute() {
        return Engine.compute(input);
    }
}
