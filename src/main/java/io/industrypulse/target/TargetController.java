package io.industrypulse.target;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The targets page (人代会目标): the city's and every county's value-added growth target of a year, editable by city roles. */
@Controller
class TargetController {

    private final TargetService targets;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    TargetController(TargetService targets, RegionService regions, CurrentUser currentUser, Clock clock) {
        this.targets = targets;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One row of the page: a region, its target and its 奋斗目标 if set, and whether the user may record the latter.
     */
    record Row(String code, String name, BigDecimal target, BigDecimal raised, boolean mayRaise) {}

    @GetMapping("/targets")
    String page(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "VA_GROWTH") String indicator,
            Model model) {
        UserScope scope = currentUser.scope();
        int shown = year == null ? Year.now(clock).getValue() : year;
        TargetIndicator shownIndicator = TargetIndicator.of(indicator).orElse(TargetIndicator.VA_GROWTH);
        Map<String, BigDecimal> byRegion = TargetsPage.visible(targets.targets(Year.of(shown)), scope).stream()
                .filter(t -> shownIndicator.name().equals(t.indicator()))
                .collect(Collectors.toMap(Target::regionCode, Target::value));
        model.addAttribute("indicator", shownIndicator);
        model.addAttribute("indicators", TargetIndicator.values());
        List<Region> shownRegions = new ArrayList<>();
        regions.city().ifPresent(shownRegions::add);
        regions.counties().stream().filter(c -> scope.coversCounty(c.code())).forEach(shownRegions::add);
        model.addAttribute("year", shown);
        // 奋斗目标 belong to the value-added growth target only
        Map<String, BigDecimal> raised =
                shownIndicator == TargetIndicator.VA_GROWTH ? targets.raisedTargets(Year.of(shown)) : Map.of();
        model.addAttribute(
                "rows",
                shownRegions.stream()
                        .map(r -> new Row(
                                r.code(),
                                r.name(),
                                byRegion.get(r.code()),
                                raised.get(r.code()),
                                shownIndicator == TargetIndicator.VA_GROWTH && TargetService.mayRaise(scope, r.code())))
                        .toList());
        model.addAttribute("showRaised", shownIndicator == TargetIndicator.VA_GROWTH);
        model.addAttribute("mayEdit", scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST);
        model.addAttribute("benchmarks", benchmarkRows(Year.of(shown)));
        return "target/targets";
    }

    @PostMapping("/targets")
    String save(
            @RequestParam int year,
            @RequestParam String region,
            @RequestParam(defaultValue = "VA_GROWTH") String indicator,
            @RequestParam String value,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        targets.requireWriter(currentUser.scope());
        try {
            if (regions.find(region).isEmpty()) {
                throw new IllegalArgumentException(Messages.get("target.error.unknownRegion", region));
            }
            BigDecimal target;
            try {
                target = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("target.error.valueNotNumber", value));
            }
            Target asked = new Target(year, region, indicator, target);
            String regionName = regions.find(region).map(Region::name).orElse(region);
            var change = confirmed ? java.util.Optional.<BigDecimal>empty() : targets.changeToConfirm(asked);
            if (change.isPresent()) {
                // a target far from last year's is more often a slip than a plan: saved only once confirmed
                targets.checkTarget(
                        TargetIndicator.of(indicator).orElse(TargetIndicator.VA_GROWTH),
                        target,
                        Messages.get("target.field.value"));
                redirect.addFlashAttribute("confirm", asked);
                redirect.addFlashAttribute(
                        "confirmRegion", regions.find(region).map(Region::name).orElse(region));
                redirect.addFlashAttribute("confirmLast", target.subtract(change.get()));
            } else {
                targets.setTarget(asked, currentUser.scope());
                redirect.addFlashAttribute("saved", regionName);
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/targets?year=" + year
                + TargetIndicator.of(indicator)
                        .filter(i -> i != TargetIndicator.VA_GROWTH)
                        .map(i -> "&indicator=" + i)
                        .orElse("");
    }

    /**
     * Records or corrects the county's own 奋斗目标 (an empty value withdraws it); the county's users only, checked and
     * audited by the service.
     */
    @PostMapping("/targets/raised")
    String saveRaised(
            @RequestParam int year,
            @RequestParam String region,
            @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        if (!TargetService.mayRaise(currentUser.scope(), region)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    Messages.get("target.raised.error.denied"));
        }
        try {
            BigDecimal raised = null;
            if (!value.isBlank()) {
                try {
                    raised = new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            Messages.get("target.raised.error.notNumber", Messages.get("target.raised.field"), value));
                }
            }
            targets.setRaisedTarget(year, region, raised, currentUser.scope());
            redirect.addFlashAttribute(
                    "raisedSaved",
                    raised == null
                            ? Messages.get("target.raised.withdrawn", year)
                            : Messages.get("target.raised.saved", year, raised.toPlainString()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/targets?year=" + year;
    }

    /** One month of the benchmarks table: the province's and the city's published cumulative growth. */
    record BenchmarkRow(String period, BigDecimal province, BigDecimal city) {}

    private List<BenchmarkRow> benchmarkRows(Year year) {
        Map<java.time.YearMonth, Map<BenchmarkScope, BigDecimal>> byPeriod = new java.util.TreeMap<>();
        for (Benchmark b : targets.benchmarks(year)) {
            byPeriod.computeIfAbsent(b.period(), p -> new java.util.EnumMap<>(BenchmarkScope.class))
                    .put(b.scope(), b.growthCum());
        }
        return byPeriod.entrySet().stream()
                .map(e -> new BenchmarkRow(
                        e.getKey().toString(),
                        e.getValue().get(BenchmarkScope.PROVINCE),
                        e.getValue().get(BenchmarkScope.CITY)))
                .toList();
    }

    /** Enters or corrects one benchmark (全省/全市 cumulative growth of a month); audited by the service. */
    @PostMapping("/targets/benchmarks")
    String saveBenchmark(
            @RequestParam String period,
            @RequestParam String scope,
            @RequestParam String value,
            RedirectAttributes redirect) {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(period.trim());
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("benchmarkError", Messages.get("target.error.period", period));
            return "redirect:/targets#benchmarks";
        }
        try {
            BenchmarkScope which;
            try {
                which = BenchmarkScope.ofCode(scope);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.get("target.error.scope"));
            }
            BigDecimal growth;
            try {
                growth = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("target.error.growthNotNumber", value));
            }
            targets.setBenchmark(new Benchmark(month, which, growth), currentUser.scope());
            redirect.addFlashAttribute("benchmarkSaved", month.toString());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("benchmarkError", e.getMessage());
        }
        return "redirect:/targets?year=" + month.getYear() + "#benchmarks";
    }
}
