package io.industrypulse.target;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual targets and official benchmarks: stored all-or-nothing, replacing the same keys; read in key order. */
@Service
public class TargetService {

    private final TargetRepository repository;

    TargetService(TargetRepository repository) {
        this.repository = repository;
    }

    /** Stores targets, replacing those of the same year, region and indicator. */
    @Transactional
    public void storeTargets(List<Target> targets) {
        if (!targets.isEmpty()) {
            repository.upsertTargets(targets);
        }
    }

    /** Every target of a year, ordered by region code and indicator. */
    @Transactional(readOnly = true)
    public List<Target> targets(Year year) {
        return repository.targets(year.getValue());
    }

    /** A region's value-added growth target (%) for a year, if set. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> growthTarget(Year year, String regionCode) {
        return repository.target(year.getValue(), regionCode, Target.VA_GROWTH);
    }

    /** Stores benchmarks, replacing those of the same period and scope. */
    @Transactional
    public void storeBenchmarks(List<Benchmark> benchmarks) {
        if (!benchmarks.isEmpty()) {
            repository.upsertBenchmarks(benchmarks);
        }
    }

    /** Benchmarks of the months {@code from}..{@code to}, ordered by period, province before city. */
    @Transactional(readOnly = true)
    public List<Benchmark> benchmarks(YearMonth from, YearMonth to) {
        return repository.benchmarks(from, to);
    }

    /** Benchmarks of a year, ordered by period, province before city. */
    @Transactional(readOnly = true)
    public List<Benchmark> benchmarks(Year year) {
        return repository.benchmarks(year.atMonth(1), year.atMonth(12));
    }
}
