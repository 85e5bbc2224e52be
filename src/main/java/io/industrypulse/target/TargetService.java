package io.industrypulse.target;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual targets and official benchmarks: stored all-or-nothing, replacing the same keys, each change audited
 * (before/after) and announced with {@link TargetsChanged}; read in key order.
 */
@Service
public class TargetService {

    /** Targets outside this range (percent) are refused as typing errors. */
    static final BigDecimal MIN_TARGET = new BigDecimal("-50");

    static final BigDecimal MAX_TARGET = new BigDecimal("100");

    private final TargetRepository repository;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    TargetService(TargetRepository repository, AuditLog auditLog, ApplicationEventPublisher events) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Stores targets, replacing those of the same year, region and indicator. */
    @Transactional
    public void storeTargets(List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        for (Target target : targets) {
            Optional<BigDecimal> before = repository.target(target.year(), target.regionCode(), target.indicator());
            if (before.isEmpty() || before.get().compareTo(target.value()) != 0) {
                auditLog.record(
                        before.isEmpty() ? "target.create" : "target.update",
                        "target",
                        target.year() + "/" + target.regionCode() + "/" + target.indicator(),
                        before.map(value -> new Target(target.year(), target.regionCode(), target.indicator(), value))
                                .orElse(null),
                        target);
            }
        }
        repository.upsertTargets(targets);
        targets.stream().map(Target::year).distinct().forEach(year -> events.publishEvent(new TargetsChanged(year)));
    }

    /**
     * Sets one region's target from the targets page; only the city's administrator and analysts may.
     *
     * @throws IllegalArgumentException with a Chinese message naming the field, nothing written
     */
    @Transactional
    public void setTarget(Target target, UserScope by) {
        if (by.role() != Role.CITY_ADMIN && by.role() != Role.CITY_ANALYST) {
            throw new AccessDeniedException("只有市级管理员和市级业务人员可以修改目标");
        }
        if (target.value() == null
                || target.value().compareTo(MIN_TARGET) < 0
                || target.value().compareTo(MAX_TARGET) > 0) {
            throw new IllegalArgumentException("目标值：应在 " + MIN_TARGET + "% 与 " + MAX_TARGET + "% 之间");
        }
        if (target.value().scale() > 1) {
            throw new IllegalArgumentException("目标值：最多保留一位小数");
        }
        storeTargets(List.of(target));
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
        if (benchmarks.isEmpty()) {
            return;
        }
        repository.upsertBenchmarks(benchmarks);
        auditLog.record(
                "benchmark.store",
                "benchmark",
                benchmarks.get(0).period() + ".."
                        + benchmarks.get(benchmarks.size() - 1).period(),
                null,
                java.util.Map.of("rows", benchmarks.size()));
        benchmarks.stream()
                .map(b -> b.period().getYear())
                .distinct()
                .forEach(year -> events.publishEvent(new TargetsChanged(year)));
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
