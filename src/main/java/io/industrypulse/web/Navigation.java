package io.industrypulse.web;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.cultivation.CultivationService;
import io.industrypulse.environment.EnvironmentService;
import io.industrypulse.investment.InvestmentService;
import io.industrypulse.report.ReportService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The menu, grouped by task (运行监测, 目标调度, 企业服务, 数据, 系统), each item shown to the roles that may open it.
 * The roles here repeat the services' rules for the menu's sake only: a page still checks its caller itself, and
 * {@code NavigationTest} opens every item as every role, so a link shown to a role that is refused (or hidden from one
 * that may open it) fails the build.
 */
public final class Navigation {

    /** One link of the menu; {@code current} when it is the page being shown. */
    public record Item(String labelKey, String path, boolean newWindow, boolean current) {}

    /** A group of links; {@code current} when it holds the page being shown. */
    public record Group(String labelKey, List<Item> items, boolean current) {}

    private record Entry(String labelKey, String path, Predicate<UserScope> shown, boolean newWindow) {

        Entry(String labelKey, String path, Set<Role> roles, boolean newWindow) {
            this(labelKey, path, scope -> roles.contains(scope.role()), newWindow);
        }
    }

    private record Section(String labelKey, List<Entry> entries) {}

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> CITY_AND_COUNTY =
            EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST, Role.LEADER, Role.COUNTY_USER);
    private static final Set<Role> IMPORTERS = EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST, Role.COUNTY_USER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);
    /** The roles whose home is not the city overview, and who get the overview as a link of its own. */
    private static final Set<Role> OWN_HOME = EnumSet.of(Role.COUNTY_USER, Role.DEPARTMENT_USER, Role.ENTERPRISE_USER);

    /** The path where the menu puts the home item: the marker the item list replaces with the user's own home. */
    static final String HOME = "home";

    private static final List<Section> SECTIONS = List.of(
            new Section(
                    "nav.group.monitor",
                    List.of(
                            new Entry("nav.home", HOME, ALL, false),
                            new Entry("nav.city", "/", OWN_HOME, false),
                            new Entry("nav.monitor.ranking", "/monitor/ranking", ALL, false),
                            new Entry("nav.monitor.compare", "/monitor/compare", ALL, false),
                            new Entry("nav.monitor.quarters", "/monitor/quarters", ALL, false),
                            new Entry("nav.monitor.screen", "/monitor/screen", ALL, true),
                            new Entry("report.nav", "/reports", ReportService::mayRead, false))),
            new Section(
                    "nav.group.targets",
                    List.of(
                            new Entry("nav.targets", "/targets", ALL, false),
                            new Entry(
                                    "nav.tasks",
                                    "/planning/tasks",
                                    EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT_USER)),
                                    false),
                            new Entry("nav.forecasts", "/planning/forecasts", ALL, false),
                            new Entry("nav.warnings", "/planning/warnings", ALL, false),
                            new Entry("investment.nav.ledger", "/investment", InvestmentService::mayRead, false),
                            new Entry(
                                    "investment.nav.summary",
                                    "/investment/summary",
                                    InvestmentService::mayRead,
                                    false))),
            new Section(
                    "nav.group.service",
                    List.of(
                            new Entry("nav.dispatch.production", "/dispatch/production", ALL, false),
                            new Entry("nav.dispatch.tickets", "/dispatch/tickets", ALL, false),
                            new Entry("nav.dispatch.campaigns", "/dispatch/campaigns", ALL, false),
                            new Entry(
                                    "nav.dispatch.visits",
                                    "/dispatch/visits",
                                    EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT_USER)),
                                    false))),
            new Section(
                    "environment.nav.group",
                    List.of(
                            new Entry("environment.nav.list", "/environment", EnvironmentService::mayRead, false),
                            new Entry(
                                    "environment.nav.episodes",
                                    "/environment/episodes",
                                    EnvironmentService::maySeeEpisodes,
                                    false),
                            new Entry(
                                    "environment.nav.rules",
                                    "/environment/rules",
                                    EnvironmentService::maySeeEpisodes,
                                    false),
                            new Entry("environment.nav.groups", "/environment/groups", ADMIN, false))),
            new Section(
                    "cultivation.nav.group",
                    List.of(
                            new Entry("cultivation.nav.pool", "/cultivation", CultivationService::mayRead, false),
                            new Entry(
                                    "cultivation.nav.netIncrease",
                                    "/cultivation/net-increase",
                                    CultivationService::mayRead,
                                    false),
                            new Entry(
                                    "cultivation.nav.exits", "/cultivation/exits", CultivationService::mayRead, false),
                            new Entry(
                                    "cultivation.nav.batches",
                                    "/cultivation/batches",
                                    CultivationService::mayRead,
                                    false))),
            new Section(
                    "nav.group.data",
                    List.of(
                            new Entry("nav.imports", "/imports", IMPORTERS, false),
                            new Entry("nav.review", "/review", CITY_AND_COUNTY, false),
                            new Entry("planning.nav.reporting", "/reporting", CITY_AND_COUNTY, false),
                            new Entry("nav.enterprises", "/enterprises", ALL, false),
                            new Entry("nav.regions", "/regions", ALL, false))),
            new Section(
                    "nav.group.system",
                    List.of(
                            new Entry("nav.users", "/admin/users", ADMIN, false),
                            new Entry("nav.departments", "/admin/departments", ADMIN, false),
                            new Entry("nav.ticketSettings", "/admin/ticket-settings", ADMIN, false),
                            new Entry("nav.audit", "/admin/audit", ADMIN, false))));

    private Navigation() {}

    /**
     * The user's home: a county user's own county page (the city overview one link away), an enterprise user's own
     * enterprise, a department's production-status list (the enterprises it follows); the city overview otherwise.
     */
    static String home(UserScope scope) {
        return switch (scope.role()) {
            case COUNTY_USER -> "/monitor/counties/" + scope.regionCode();
            case ENTERPRISE_USER ->
                scope.enterpriseCreditCode() == null ? "/" : "/monitor/enterprises/" + scope.enterpriseCreditCode();
            case DEPARTMENT_USER -> "/dispatch/production";
            default -> "/";
        };
    }

    /** The groups and items the user may open, with the page at {@code path} marked; empty groups left out. */
    static List<Group> menu(UserScope scope, String path) {
        String home = home(scope);
        return SECTIONS.stream()
                .map(section -> {
                    List<Item> items = section.entries().stream()
                            .filter(e -> e.shown().test(scope))
                            .map(e -> {
                                String target = e.path().equals(HOME) ? home : e.path();
                                return new Item(e.labelKey(), target, e.newWindow(), isCurrent(target, path));
                            })
                            .toList();
                    return new Group(section.labelKey(), items, items.stream().anyMatch(Item::current));
                })
                .filter(group -> !group.items().isEmpty())
                .toList();
    }

    /** A page is its item's when the paths are equal or it lies below the item (a county page below the ranking not). */
    static boolean isCurrent(String item, String path) {
        if (item.equals("/")) {
            return path.equals("/");
        }
        return path.equals(item) || path.startsWith(item + "/");
    }

    /** Every path of the menu for a role (the tests open each of them). */
    static List<String> paths(UserScope scope) {
        return menu(scope, "").stream()
                .flatMap(g -> g.items().stream())
                .map(Item::path)
                .toList();
    }
}
