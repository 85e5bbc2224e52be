package io.industrypulse.monitor;

import io.industrypulse.account.CurrentUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.engine.EnterpriseSums;
import io.industrypulse.engine.Formulas;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.TagGroup;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseDetail;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.StatDataService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Division pages, industrial chain pages (any tag group, 重点企业 included) and the enterprise page. Group figures are
 * the engine's; the parts by county and the enterprises come from {@link EnterpriseSums} over the snapshot's rows.
 * A county user sees the city-wide totals of a division or chain and the parts of its own county only.
 */
@Controller
class BreakdownController {

    private final PageSupport pages;
    private final CurrentUser currentUser;
    private final EnterpriseService enterprises;
    private final StatDataService statData;
    private final io.industrypulse.dispatch.CampaignService campaigns;

    BreakdownController(
            PageSupport pages,
            CurrentUser currentUser,
            EnterpriseService enterprises,
            StatDataService statData,
            io.industrypulse.dispatch.CampaignService campaigns) {
        this.campaigns = campaigns;
        this.pages = pages;
        this.currentUser = currentUser;
        this.enterprises = enterprises;
        this.statData = statData;
    }

    /** A part of a group within one county. */
    record CountyPart(
            String code,
            String name,
            @Nullable Double growth,
            @Nullable Double pull) {}

    @GetMapping("/monitor/divisions/{code}")
    String division(
            @PathVariable String code, @RequestParam(required = false) String period, Model model, Locale locale) {
        PageSupport.Shown shown = pages.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        GrowthSnapshot snapshot = shown.snapshot();
        int d = snapshot.labels().divisionCodes().indexOf(code);
        if (d < 0) {
            throw PageSupport.notFound("division " + code);
        }
        EnterpriseSums sums = snapshot.enterpriseSums(shown.month());
        return group(
                model,
                shown,
                locale,
                "division",
                code,
                code + " " + snapshot.names().getOrDefault(code, code),
                snapshot.result().division(d),
                sums,
                e -> sums.division()[e] == d);
    }

    @GetMapping("/monitor/chains/{code}")
    String chain(@PathVariable String code, @RequestParam(required = false) String period, Model model, Locale locale) {
        PageSupport.Shown shown = pages.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        GrowthSnapshot snapshot = shown.snapshot();
        String tagName = code.equals(EnterpriseService.KEY_GROUP) ? code : EnterpriseService.CHAIN_GROUP_PREFIX + code;
        int t = snapshot.labels().tagNames().indexOf(tagName);
        if (t < 0) {
            throw PageSupport.notFound("chain " + code);
        }
        TagGroup tag = snapshot.labels().engineInput().tags().get(t);
        boolean[] member = new boolean[snapshot.enterprises().size()];
        for (int e : tag.enterprises()) {
            if (e < member.length) {
                member[e] = true;
            }
        }
        EnterpriseSums sums = snapshot.enterpriseSums(shown.month());
        return group(
                model,
                shown,
                locale,
                "chain",
                code,
                snapshot.names().getOrDefault(tagName, code),
                snapshot.result().tag(t),
                sums,
                e -> e < member.length && member[e]);
    }

    private String group(
            Model model,
            PageSupport.Shown shown,
            Locale locale,
            String kind,
            String code,
            String name,
            GroupResult group,
            EnterpriseSums sums,
            IntPredicate member) {
        GrowthSnapshot snapshot = shown.snapshot();
        UserScope scope = currentUser.scope();
        int month = shown.month();
        pages.common(model, shown, locale);
        MonthFigures f = group.month(month);
        model.addAttribute("kind", kind);
        model.addAttribute("code", code);
        model.addAttribute("groupName", name);
        model.addAttribute("cum", MonitorViews.published(f.cumGrowth()));
        model.addAttribute("monthGrowth", MonitorViews.monthGrowth(f, month));
        model.addAttribute("pull", MonitorViews.published(f.pullCum()));
        model.addAttribute("contribution", MonitorViews.published(f.contributionCum()));

        // its parts by county (in the user's scope): growth and pull on the group
        List<String> counties = snapshot.labels().countyCodes();
        double[] c = new double[counties.size()];
        double[] a = new double[counties.size()];
        boolean[] any = new boolean[counties.size()];
        for (int e = 0; e < sums.size(); e++) {
            int k = sums.county()[e];
            if (k >= 0 && member.test(e)) {
                c[k] += sums.comparableCum()[e];
                a[k] += sums.baseCum()[e];
                any[k] = true;
            }
        }
        List<CountyPart> parts = new ArrayList<>();
        for (int k = 0; k < counties.size(); k++) {
            if (any[k] && scope.coversCounty(counties.get(k))) {
                parts.add(new CountyPart(
                        counties.get(k),
                        snapshot.names().getOrDefault(counties.get(k), counties.get(k)),
                        MonitorViews.published(Formulas.growth(c[k], a[k])),
                        MonitorViews.published(Formulas.pull(c[k], a[k], f.baseCum()))));
            }
        }
        parts.sort(java.util.Comparator.comparing(
                CountyPart::pull, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        model.addAttribute("parts", parts);

        IntPredicate visible = e -> member.test(e)
                && sums.county()[e] >= 0
                && scope.coversEnterprise(snapshot.enterprises().get(e).creditCode(), counties.get(sums.county()[e]));
        double increment = f.comparableCum() - f.baseCum();
        model.addAttribute("adding", CountyView.movers(snapshot, sums, visible, f, true, 10));
        model.addAttribute("losing", CountyView.movers(snapshot, sums, visible, f, false, 10));
        model.addAttribute("increment", increment);
        model.addAttribute("chartMonths", chartMonths(locale));
        model.addAttribute("chartCum", MonitorViews.cumPath(group, month));
        model.addAttribute("chartMonth", MonitorViews.monthPath(group, month));
        model.addAttribute("chartTarget", List.of());
        return "monitor/group";
    }

    /**
     * An enterprise: its monthly series (output, electricity beside it), growth and shares; 404 outside scope. Its
     * figures are for the city roles, its county and itself: a department that may read its registry facts does not
     * see its figures.
     */
    @GetMapping("/monitor/enterprises/{creditCode}")
    String enterprise(
            @PathVariable String creditCode,
            @RequestParam(required = false) String period,
            Model model,
            Locale locale) {
        EnterpriseDetail detail = enterprises
                .find(creditCode, currentUser.scope())
                .filter(d -> currentUser
                        .scope()
                        .coversEnterprise(
                                d.enterprise().creditCode(), d.enterprise().countyCode()))
                .orElseThrow(() -> PageSupport.notFound("enterprise " + creditCode));
        PageSupport.Shown shown = pages.resolve(period).orElseThrow(() -> PageSupport.notFound("no data"));
        GrowthSnapshot snapshot = shown.snapshot();
        int month = shown.month();
        pages.common(model, shown, locale);
        Enterprise e = detail.enterprise();
        model.addAttribute("e", e);

        int index = snapshot.enterpriseIndex(creditCode);
        EnterpriseSums sums = snapshot.enterpriseSums(month);
        Double growth = null;
        Double increment = null;
        Double countyShare = null;
        Double divisionShare = null;
        if (index >= 0 && index < sums.size()) {
            double c = sums.comparableCum()[index];
            double a = sums.baseCum()[index];
            growth = MonitorViews.published(Formulas.growth(c, a));
            increment = c - a;
            int k = sums.county()[index];
            int d = sums.division()[index];
            if (k >= 0) {
                double county = snapshot.result().county(k).month(month).comparableCum();
                countyShare = MonitorViews.published(Formulas.share(c, county));
            }
            if (d >= 0) {
                double division = snapshot.result().division(d).month(month).comparableCum();
                divisionShare = MonitorViews.published(Formulas.share(c, division));
            }
        }
        model.addAttribute("growth", growth);
        model.addAttribute("increment", increment);
        model.addAttribute("countyShare", countyShare);
        model.addAttribute("divisionShare", divisionShare);

        // the reported series of the year and the year before, month by month (as reported, 万元 and 万千瓦时)
        int year = snapshot.result().year();
        Map<YearMonth, MonthlyRow> rows = new HashMap<>();
        statData.monthlyOf(creditCode, YearMonth.of(year - 1, 1), YearMonth.of(year, 12))
                .forEach(r -> rows.put(r.period(), r));
        List<String> months = new ArrayList<>();
        List<@Nullable BigDecimal> output = new ArrayList<>();
        List<@Nullable BigDecimal> outputLy = new ArrayList<>();
        List<@Nullable BigDecimal> electricity = new ArrayList<>();
        List<@Nullable BigDecimal> electricityLy = new ArrayList<>();
        for (int m = 1; m <= month; m++) {
            MonthlyRow now = rows.get(YearMonth.of(year, m));
            MonthlyRow before = rows.get(YearMonth.of(year - 1, m));
            months.add(pages.monthLabel(m, locale));
            output.add(now == null ? null : now.output());
            outputLy.add(now == null ? null : now.outputLy());
            electricity.add(now == null ? null : now.electricity());
            electricityLy.add(before == null ? null : before.electricity());
        }
        model.addAttribute("months", months);
        model.addAttribute(
                "chartNames",
                List.of(
                        pages.message("monitor.enterprise.output", locale),
                        pages.message("monitor.enterprise.outputLy", locale),
                        pages.message("monitor.enterprise.electricity", locale),
                        pages.message("monitor.enterprise.electricityLy", locale)));
        model.addAttribute("output", output);
        model.addAttribute("outputLy", outputLy);
        model.addAttribute("electricity", electricity);
        model.addAttribute("electricityLy", electricityLy);
        // 包联干部: who answers for helping the enterprise; its county and the city may name one
        model.addAttribute(
                "cadre", campaigns.cadre(creditCode, currentUser.scope()).orElse(null));
        model.addAttribute(
                "mayAssignCadre",
                io.industrypulse.dispatch.CampaignService.mayAssignCadre(
                        currentUser.scope(), detail.enterprise().countyCode()));
        return "monitor/enterprise";
    }

    private List<String> chartMonths(Locale locale) {
        List<String> months = new ArrayList<>();
        for (int m = PageSupport.FIRST_MONTH; m <= 12; m++) {
            months.add(pages.cumShortLabel(m, locale));
        }
        return months;
    }
}
