package io.industrypulse.environment;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.FieldInputException;
import io.industrypulse.account.Role;
import io.industrypulse.account.ShownTime;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key air-polluting enterprise list, the key industries, the measure rules, county groups and episodes, with who
 * may do what (issue 13): the city's administrator and analysts and the ecology department (生态环境局) maintain the
 * list, rules and episodes; leaders read everything; a county user reads its own county's listed enterprises and the
 * episodes that cover it; an enterprise user only its own row; other departments nothing. County groups are the
 * administrator's. Every write is audited; bad input names the field and writes nothing.
 */
@Service
@EnableConfigurationProperties(EnvironmentSettings.class)
public class EnvironmentService {

    static final int TEXT_MAX = 300;
    static final int NAME_MAX = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_KG = new BigDecimal("99999999999");
    private static final Map<String, Integer> COMPASS = compass();

    private final EnvironmentRepository repository;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    EnvironmentService(
            EnvironmentRepository repository,
            EnterpriseService enterprises,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Filters of the list; {@code null} or blank: any. */
    public record ListFilter(
            @Nullable String county,
            @Nullable String industry,
            @Nullable String grade,
            @Nullable Boolean guarantee) {

        static ListFilter none() {
            return new ListFilter(null, null, null, null);
        }
    }

    // --- who may do what

    /** Whether the user may read the environment pages at all (every role but departments other than ecology). */
    public static boolean mayRead(UserScope scope) {
        return scope.role() != Role.DEPARTMENT_USER || scope.seesAirPollutingEnterprises();
    }

    /** Whether the user maintains the list, the rules and the episodes and adopts plans. */
    public static boolean mayEdit(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || scope.seesAirPollutingEnterprises();
    }

    /** Whether the user sees episodes (everyone who reads, but enterprise users, who see only their own measures). */
    public static boolean maySeeEpisodes(UserScope scope) {
        return mayRead(scope) && scope.role() != Role.ENTERPRISE_USER;
    }

    /** Whether the user sees every county's enterprises on the list and in plans. */
    static boolean seesEveryCounty(UserScope scope) {
        return scope.isCityWide() || scope.seesAirPollutingEnterprises();
    }

    private static void requireRead(UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("environment.error.readDenied"));
        }
    }

    static void requireEdit(UserScope scope) {
        if (!mayEdit(scope)) {
            throw new AccessDeniedException(Messages.get("environment.error.writeDenied"));
        }
    }

    static void requireEpisodes(UserScope scope) {
        if (!maySeeEpisodes(scope)) {
            throw new AccessDeniedException(Messages.get("environment.error.readDenied"));
        }
    }

    // --- key industries and measure rules (public knowledge of the guide: readable by every reader)

    @Transactional(readOnly = true)
    public List<KeyIndustry> industries() {
        return repository.industries();
    }

    /** Industry names by code. */
    @Transactional(readOnly = true)
    public Map<String, String> industryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        repository.industries().forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public List<MeasureRule> rules(UserScope scope) {
        requireRead(scope);
        return repository.rules();
    }

    /** Adds or renames a key industry. */
    @Transactional
    public KeyIndustry saveIndustry(
            @Nullable String code, @Nullable String name, boolean graded, @Nullable String order, UserScope scope) {
        requireEdit(scope);
        FieldInputException.Problems problems = new FieldInputException.Problems("environment.field.");
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add("industryCode", "environment.error.industryCode");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            problems.add("industryName", "environment.error.text", NAME_MAX);
        }
        Integer sort = integer(problems, "sortOrder", order, 0, 100_000, 0);
        problems.check();
        KeyIndustry before = repository.industries().stream()
                .filter(i -> i.code().equals(c))
                .findFirst()
                .orElse(null);
        if (repository.industries().stream()
                .anyMatch(i -> i.name().equals(n) && !i.code().equals(c))) {
            problems.add("industryName", "environment.error.industryNameTaken", n);
            problems.check();
        }
        KeyIndustry after = new KeyIndustry(c, n, graded, sort);
        repository.saveIndustry(after);
        audit.record("environment.industry", "env_industry", c, before, after);
        return after;
    }

    /**
     * Sets the measure of an industry, grade and level; a saved rule is confirmed and, when its figures differ from
     * the seeded ones, becomes a local rule.
     *
     * @param outputCut percent of output lost; {@code emissionCut} likewise per pollutant (blank: the output cut)
     */
    @Transactional
    public MeasureRule saveRule(
            @Nullable String industry,
            @Nullable String grade,
            @Nullable String level,
            @Nullable String action,
            @Nullable String outputCut,
            List<@Nullable String> emissionCut,
            @Nullable String note,
            UserScope scope) {
        requireEdit(scope);
        FieldInputException.Problems problems = new FieldInputException.Problems("environment.field.");
        KeyIndustry known = industry(problems, industry);
        Grade g = choice(problems, "grade", Grade.class, grade);
        AlertLevel l = choice(problems, "level", AlertLevel.class, level);
        MeasureAction a = choice(problems, "action", MeasureAction.class, action);
        BigDecimal out = percent(problems, "outputCut", outputCut, true);
        double[] cuts = new double[4];
        for (int p = 0; p < 4; p++) {
            String value = p < emissionCut.size() ? emissionCut.get(p) : null;
            BigDecimal cut = blank(value) ? out : percent(problems, "cut" + Pollutants.CODES[p], value, true);
            cuts[p] = cut == null ? 0 : cut.doubleValue();
        }
        String n = text(problems, "note", note);
        if (known != null && g != null && !gradeFits(known, g)) {
            problems.add("grade", "environment.error.gradeIndustry", known.name());
        }
        if (a == MeasureAction.AUTONOMOUS && out != null && out.signum() != 0) {
            problems.add("outputCut", "environment.error.autonomousCut");
        }
        if (a == MeasureAction.STOP && out != null && out.compareTo(BigDecimal.ONE) != 0) {
            problems.add("outputCut", "environment.error.stopCut");
        }
        problems.check();
        MeasureRule before = repository.rule(known.code(), g, l).orElse(null);
        boolean same = before != null
                && before.action() == a
                && before.outputCut() == out.doubleValue()
                && java.util.Arrays.equals(before.emissionCut(), cuts);
        MeasureRule after = new MeasureRule(
                known.code(), g, l, a, out.doubleValue(), cuts, n, same ? before.basis() : RuleBasis.LOCAL, true);
        repository.saveRule(after);
        audit.record("environment.rule", "env_measure_rule", known.code() + "/" + g + "/" + l, before, after);
        return after;
    }

    /** Whether the grade belongs to the industry's grading: A+ to D when graded, 引领性 / 非引领性 otherwise. */
    static boolean gradeFits(KeyIndustry industry, Grade grade) {
        boolean leading = grade == Grade.LEADING || grade == Grade.NON_LEADING;
        return industry.graded() != leading;
    }

    // --- the list

    /**
     * The listed enterprises the user may see that match the filter.
     *
     * @throws AccessDeniedException when the user may not read the list, or asks for another county
     */
    @Transactional(readOnly = true)
    public List<ListedEnterprise> listed(ListFilter filter, UserScope scope) {
        requireRead(scope);
        String county = blank(filter.county()) ? null : filter.county().strip();
        if (county != null && !regions.isCounty(county)) {
            throw new IllegalArgumentException(Messages.get("environment.error.unknownCounty", county));
        }
        List<ListedEnterprise> rows;
        if (seesEveryCounty(scope)) {
            rows = repository.listed(county);
        } else if (scope.role() == Role.COUNTY_USER) {
            if (county != null && !scope.coversCounty(county)) {
                throw new AccessDeniedException(Messages.get("environment.error.otherCounty"));
            }
            rows = repository.listed(scope.regionCode());
        } else {
            rows = scope.enterpriseCreditCode() == null
                    ? List.of()
                    : repository.listedOne(scope.enterpriseCreditCode()).stream()
                            .toList();
        }
        return rows.stream()
                .filter(e -> blank(filter.industry()) || e.industryCode().equals(filter.industry()))
                .filter(e -> blank(filter.grade()) || e.grade().name().equals(filter.grade()))
                .filter(e -> filter.guarantee() == null || (e.guarantee() != null) == filter.guarantee())
                .toList();
    }

    /** A listed enterprise, when the user may see it. */
    @Transactional(readOnly = true)
    public Optional<ListedEnterprise> listedOne(String creditCode, UserScope scope) {
        if (!mayRead(scope)) {
            return Optional.empty();
        }
        return repository.listedOne(creditCode).filter(e -> visible(e, scope));
    }

    static boolean visible(ListedEnterprise e, UserScope scope) {
        return seesEveryCounty(scope) || scope.coversEnterprise(e.creditCode(), e.countyCode());
    }

    /**
     * Adds an enterprise of the registry to the list, or changes its row.
     *
     * @throws FieldInputException naming the fields at fault; nothing is written
     */
    @Transactional
    public ListedEnterprise save(ListedForm form, UserScope scope) {
        requireEdit(scope);
        ListedEnterprise row = parse(form, enterprises.countiesByCreditCode(), industriesByCode(), scope.username());
        ListedEnterprise before = repository.listedOne(row.creditCode()).orElse(null);
        repository.saveListed(row);
        ListedEnterprise after = repository.listedOne(row.creditCode()).orElseThrow();
        audit.record("environment.listed", "env_enterprise", row.creditCode(), before, after);
        return after;
    }

    /**
     * Stores rows already read and checked by {@link #parse} (an import), in one transaction, audited each.
     *
     * @return {created, updated}
     */
    @Transactional
    public int[] saveAll(List<ListedEnterprise> rows, UserScope scope) {
        requireEdit(scope);
        int created = 0;
        int updated = 0;
        for (ListedEnterprise row : rows) {
            ListedEnterprise before = repository.listedOne(row.creditCode()).orElse(null);
            if (repository.saveListed(row)) {
                created++;
            } else {
                updated++;
            }
            audit.record("environment.listed", "env_enterprise", row.creditCode(), before, row);
        }
        return new int[] {created, updated};
    }

    /**
     * Brings the list onto the platform as it stands (a loader's work, the demo city's): no caller is checked, so
     * never call it from a request handler. Audited per row as the system's.
     */
    @Transactional
    public void loadList(List<ListedForm> rows) {
        Map<String, String> counties = enterprises.countiesByCreditCode();
        Map<String, KeyIndustry> industries = industriesByCode();
        for (ListedForm form : rows) {
            ListedEnterprise row = parse(form, counties, industries, AuditLog.SYSTEM);
            repository.saveListed(row);
            audit.record("environment.listed", "env_enterprise", row.creditCode(), null, row);
        }
    }

    /** A county group as the loader has it (no caller is checked; audited as the system's). */
    @Transactional
    public void loadGroup(String code, String name, List<String> counties) {
        CountyGroup group = new CountyGroup(code, name, counties);
        repository.saveGroup(group);
        audit.record("environment.group", "env_county_group", code, null, group);
    }

    /** Takes an enterprise off the list (the audit log keeps its row). */
    @Transactional
    public void remove(String creditCode, UserScope scope) {
        requireEdit(scope);
        ListedEnterprise before = repository
                .listedOne(creditCode)
                .orElseThrow(
                        () -> new IllegalArgumentException(Messages.get("environment.error.notListed", creditCode)));
        repository.deleteListed(creditCode);
        audit.record("environment.unlisted", "env_enterprise", creditCode, before, null);
    }

    Map<String, KeyIndustry> industriesByCode() {
        Map<String, KeyIndustry> out = new LinkedHashMap<>();
        repository.industries().forEach(i -> out.put(i.code(), i));
        return out;
    }

    /**
     * Reads and checks a row: every problem by field.
     *
     * @param counties the registry's county by credit code
     * @throws FieldInputException naming the fields at fault
     */
    ListedEnterprise parse(
            ListedForm form, Map<String, String> counties, Map<String, KeyIndustry> industries, String username) {
        FieldInputException.Problems problems = new FieldInputException.Problems("environment.field.");
        String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add("creditCode", "environment.error.required");
        } else if (!counties.containsKey(code)) {
            problems.add("creditCode", "environment.error.notRegistered", code);
        }
        KeyIndustry industry = null;
        if (blank(form.industryCode())) {
            problems.add("industryCode", "environment.error.required");
        } else {
            industry = industryOf(industries, form.industryCode().strip());
            if (industry == null) {
                problems.add(
                        "industryCode",
                        "environment.error.unknownIndustry",
                        form.industryCode().strip());
            }
        }
        Grade grade = gradeOf(problems, form.grade());
        if (industry != null && grade != null && !gradeFits(industry, grade)) {
            problems.add("grade", "environment.error.gradeIndustry", industry.name());
        }
        Guarantee guarantee = null;
        if (!blank(form.guarantee())) {
            guarantee = guaranteeOf(form.guarantee().strip());
            if (guarantee == null) {
                problems.add(
                        "guarantee",
                        "environment.error.choice",
                        form.guarantee().strip());
            }
        }
        BigDecimal load = blank(form.allowedLoad()) ? null : percent(problems, "allowedLoad", form.allowedLoad(), true);
        if (guarantee != null && load == null && !problems.has("allowedLoad")) {
            problems.add("allowedLoad", "environment.error.loadRequired");
        }
        if (guarantee == null && load != null) {
            problems.add("allowedLoad", "environment.error.loadWithoutGuarantee");
        }
        BigDecimal so2 = kg(problems, "so2", form.so2());
        BigDecimal nox = kg(problems, "nox", form.nox());
        BigDecimal pm = kg(problems, "pm", form.pm());
        BigDecimal voc = kg(problems, "voc", form.voc());
        BigDecimal base = null;
        if (!blank(form.dailyBase())) {
            base = decimal(problems, "dailyBase", form.dailyBase());
            if (base != null && base.signum() < 0) {
                problems.add("dailyBase", "environment.error.negative");
            }
        }
        Integer from = blank(form.upwindFrom()) ? null : integer(problems, "upwindFrom", form.upwindFrom(), 0, 359, 0);
        Integer to = blank(form.upwindTo()) ? null : integer(problems, "upwindTo", form.upwindTo(), 0, 359, 0);
        if ((from == null) != (to == null) && !problems.has("upwindFrom") && !problems.has("upwindTo")) {
            problems.add(from == null ? "upwindFrom" : "upwindTo", "environment.error.sectorBoth");
        }
        String yellow = text(problems, "measureYellow", form.measureYellow());
        String orange = text(problems, "measureOrange", form.measureOrange());
        String red = text(problems, "measureRed", form.measureRed());
        problems.check();
        return new ListedEnterprise(
                code,
                "",
                counties.get(code),
                industry.code(),
                grade,
                guarantee,
                load,
                new Pollutants(so2, nox, pm, voc),
                base,
                from,
                to,
                yellow,
                orange,
                red,
                username,
                Instant.now(clock));
    }

    /** The industry by code or by name. */
    private static @Nullable KeyIndustry industryOf(Map<String, KeyIndustry> industries, String value) {
        KeyIndustry byCode = industries.get(value.toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return byCode;
        }
        return industries.values().stream()
                .filter(i -> i.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    /** The grade by code (A_PLUS), as written (A+, A级, B-) or by its label (绩效引领性). */
    static @Nullable Grade gradeOf(String value) {
        String v = value.strip()
                .toUpperCase(Locale.ROOT)
                .replace("级", "")
                .replace("＋", "+")
                .replace("－", "-");
        for (Grade g : Grade.values()) {
            if (g.name().equals(v)
                    || Messages.get("environment.grade." + g.name()).equalsIgnoreCase(value.strip())
                    || Messages.get("environment.grade.short." + g.name()).equalsIgnoreCase(v)) {
                return g;
            }
        }
        return null;
    }

    private static @Nullable Grade gradeOf(FieldInputException.Problems problems, @Nullable String value) {
        if (blank(value)) {
            problems.add("grade", "environment.error.required");
            return null;
        }
        Grade g = gradeOf(value);
        if (g == null) {
            problems.add("grade", "environment.error.unknownGrade", value.strip());
        }
        return g;
    }

    static @Nullable Guarantee guaranteeOf(String value) {
        for (Guarantee g : Guarantee.values()) {
            if (g.name().equalsIgnoreCase(value)
                    || Messages.get("environment.guarantee." + g.name()).equals(value)) {
                return g;
            }
        }
        return null;
    }

    // --- county groups (the administrator's)

    @Transactional(readOnly = true)
    public List<CountyGroup> groups() {
        return repository.groups();
    }

    @Transactional
    public CountyGroup saveGroup(@Nullable String code, @Nullable String name, List<String> counties, UserScope scope) {
        requireAdmin(scope);
        FieldInputException.Problems problems = new FieldInputException.Problems("environment.field.");
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add("groupCode", "environment.error.industryCode");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            problems.add("groupName", "environment.error.text", NAME_MAX);
        }
        List<String> members = counties.stream().map(String::strip).distinct().toList();
        if (members.isEmpty()) {
            problems.add("groupCounties", "environment.error.required");
        }
        for (String county : members) {
            if (!regions.isCounty(county)) {
                problems.add("groupCounties", "environment.error.unknownCounty", county);
            }
        }
        if (repository.groups().stream()
                .anyMatch(g -> g.name().equals(n) && !g.code().equals(c))) {
            problems.add("groupName", "environment.error.industryNameTaken", n);
        }
        problems.check();
        CountyGroup before = repository.groups().stream()
                .filter(g -> g.code().equals(c))
                .findFirst()
                .orElse(null);
        CountyGroup after = new CountyGroup(c, n, members);
        repository.saveGroup(after);
        audit.record("environment.group", "env_county_group", c, before, after);
        return after;
    }

    @Transactional
    public void deleteGroup(String code, UserScope scope) {
        requireAdmin(scope);
        CountyGroup before = repository.groups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("environment.error.unknownGroup", code)));
        if (repository.groupInUse(code)) {
            throw new IllegalArgumentException(Messages.get("environment.error.groupInUse", before.name()));
        }
        repository.deleteGroup(code);
        audit.record("environment.group.delete", "env_county_group", code, before, null);
    }

    private static void requireAdmin(UserScope scope) {
        if (scope.role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("environment.error.adminOnly"));
        }
    }

    // --- episodes

    /** The counties an episode covers (its group's, or every county). */
    List<String> covered(Episode episode) {
        if (episode.groupCode() == null) {
            return regions.counties().stream().map(r -> r.code()).toList();
        }
        return repository.groups().stream()
                .filter(g -> g.code().equals(episode.groupCode()))
                .findFirst()
                .map(CountyGroup::counties)
                .orElse(List.of());
    }

    /** Episodes the user sees: every one, or for a county user those covering its county; newest first. */
    @Transactional(readOnly = true)
    public List<Episode> episodes(UserScope scope) {
        requireEpisodes(scope);
        List<Episode> all = repository.episodes();
        if (seesEveryCounty(scope)) {
            return all;
        }
        return all.stream().filter(e -> covered(e).contains(scope.regionCode())).toList();
    }

    /** An episode the user sees. */
    @Transactional(readOnly = true)
    public Optional<Episode> episode(long id, UserScope scope) {
        if (!maySeeEpisodes(scope)) {
            return Optional.empty();
        }
        return repository
                .episode(id)
                .filter(e -> seesEveryCounty(scope) || covered(e).contains(scope.regionCode()));
    }

    /** Episodes of any user's view, for the loader and the enterprise's own page. */
    List<Episode> allEpisodes() {
        return repository.episodes();
    }

    /**
     * Records a new episode.
     *
     * @throws FieldInputException naming the fields at fault (an end before the start, a floor over 100% or
     *     under the level's national floor, a wind day outside the episode); nothing is written
     */
    @Transactional
    public Episode createEpisode(EpisodeForm form, UserScope scope) {
        requireEdit(scope);
        return repository
                .episode(repository.insertEpisode(episodeOf(form, scope.username())))
                .orElseThrow();
    }

    /** Records an episode as the loader has it (demo data): no caller is checked, never call it from a request. */
    @Transactional
    public long load(EpisodeForm form) {
        Episode episode = episodeOf(form, AuditLog.SYSTEM);
        long id = repository.insertEpisode(episode);
        audit.record("environment.episode", "env_episode", Long.toString(id), null, episode);
        return id;
    }

    private Episode episodeOf(EpisodeForm form, String username) {
        FieldInputException.Problems problems = new FieldInputException.Problems("environment.field.");
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.add("episodeName", "environment.error.text", NAME_MAX);
        }
        AlertLevel level = choice(problems, "level", AlertLevel.class, form.level());
        String industry = null;
        if (level == AlertLevel.STAGGER) {
            KeyIndustry known = industry(problems, form.industryCode());
            industry = known == null ? null : known.code();
        }
        LocalDateTime start = dateTime(problems, "startsAt", form.startsAt(), false);
        LocalDateTime end = dateTime(problems, "endsAt", form.endsAt(), true);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("endsAt", "environment.error.endBeforeStart");
        }
        String group = blank(form.groupCode()) ? null : form.groupCode().strip();
        if (group != null
                && repository.groups().stream().noneMatch(g -> g.code().equals(group))) {
            problems.add("groupCode", "environment.error.unknownGroup", group);
        }
        String[] fields = {"floorSo2", "floorNox", "floorPm", "floorVoc"};
        String[] values = {form.floorSo2(), form.floorNox(), form.floorPm(), form.floorVoc()};
        BigDecimal[] floors = new BigDecimal[4];
        for (int p = 0; p < 4; p++) {
            BigDecimal national = level == null ? BigDecimal.ZERO : BigDecimal.valueOf(level.defaultFloor());
            floors[p] = blank(values[p]) ? national : percent(problems, fields[p], values[p], false);
            if (floors[p] != null && floors[p].compareTo(national) < 0) {
                problems.add(fields[p], "environment.error.floorBelowNational", percentText(national));
            }
        }
        Map<LocalDate, Integer> wind = wind(problems, form.wind(), start, end);
        problems.check();
        return new Episode(
                0,
                name,
                level,
                industry,
                start,
                end,
                group,
                new Pollutants(floors[0], floors[1], floors[2], floors[3]),
                Boolean.TRUE.equals(form.spareBehind()),
                wind,
                null,
                null,
                null,
                null,
                username,
                Instant.now(clock));
    }

    /** Ends an episode now (its production statuses end with it, see {@link EpisodePlans#end}). */
    @Transactional
    Episode endNow(long id, UserScope scope) {
        requireEdit(scope);
        Episode before = repository
                .episode(id)
                .orElseThrow(() -> new EnvironmentNotFoundException(Messages.get("environment.error.noEpisode", id)));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ShownTime.ZONE));
        if (before.over(now)) {
            throw new IllegalArgumentException(Messages.get("environment.error.alreadyOver", before.name()));
        }
        repository.end(id, now.isBefore(before.startsAt()) ? before.startsAt() : now);
        Episode after = repository.episode(id).orElseThrow();
        audit.record("environment.episode.end", "env_episode", Long.toString(id), before, after);
        return after;
    }

    // --- parsing helpers, each naming its field

    private @Nullable KeyIndustry industry(FieldInputException.Problems problems, @Nullable String code) {
        if (blank(code)) {
            problems.add("industryCode", "environment.error.required");
            return null;
        }
        KeyIndustry known = industryOf(industriesByCode(), code.strip());
        if (known == null) {
            problems.add("industryCode", "environment.error.unknownIndustry", code.strip());
        }
        return known;
    }

    private static <E extends Enum<E>> @Nullable E choice(
            FieldInputException.Problems problems, String field, Class<E> type, @Nullable String value) {
        if (blank(value)) {
            problems.add(field, "environment.error.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "environment.error.choice", value.strip());
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(
            FieldInputException.Problems problems, String field, @Nullable String value) {
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(field, "environment.error.number", value.strip());
            return null;
        }
    }

    /** A percent 0..100 as a share 0..1 (up to 4 places of the share). */
    private static @Nullable BigDecimal percent(
            FieldInputException.Problems problems, String field, @Nullable String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(field, "environment.error.required");
            }
            return null;
        }
        BigDecimal v = decimal(problems, field, value);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            problems.add(field, "environment.error.percent", v.toPlainString());
            return null;
        }
        BigDecimal share = v.divide(HUNDRED);
        if (share.scale() > 4) {
            problems.add(field, "environment.error.percentScale");
            return null;
        }
        return share;
    }

    private static @Nullable BigDecimal kg(
            FieldInputException.Problems problems, String field, @Nullable String value) {
        if (blank(value)) {
            problems.add(field, "environment.error.required");
            return null;
        }
        BigDecimal v = decimal(problems, field, value);
        if (v != null && v.signum() < 0) {
            problems.add(field, "environment.error.negative");
            return null;
        }
        if (v != null
                && (v.compareTo(MAX_KG) > 0
                        || Math.max(0, v.stripTrailingZeros().scale()) > 3)) {
            problems.add(field, "environment.error.kgRange");
            return null;
        }
        return v;
    }

    private static @Nullable Integer integer(
            FieldInputException.Problems problems, String field, @Nullable String value, int min, int max, int empty) {
        if (blank(value)) {
            return empty;
        }
        try {
            // a spreadsheet's number cell reads as 225.0
            int v = new BigDecimal(value.strip()).intValueExact();
            if (v < min || v > max) {
                problems.add(field, "environment.error.intRange", min, max);
                return null;
            }
            return v;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(field, "environment.error.intRange", min, max);
            return null;
        }
    }

    private static @Nullable String text(FieldInputException.Problems problems, String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > TEXT_MAX) {
            problems.add(field, "environment.error.text", TEXT_MAX);
            return null;
        }
        return v;
    }

    /** {@code yyyy-MM-dd} (the start of the day; for an end, the end of it) or {@code yyyy-MM-ddTHH:mm}. */
    private static @Nullable LocalDateTime dateTime(
            FieldInputException.Problems problems, String field, @Nullable String value, boolean end) {
        if (blank(value)) {
            problems.add(field, "environment.error.required");
            return null;
        }
        String v = value.strip().replace(' ', 'T');
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(field, "environment.error.dateTime", value.strip());
            return null;
        }
    }

    private static Map<LocalDate, Integer> wind(
            FieldInputException.Problems problems,
            @Nullable String text,
            @Nullable LocalDateTime start,
            @Nullable LocalDateTime end) {
        Map<LocalDate, Integer> out = new TreeMap<>();
        if (blank(text)) {
            return out;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("[\\s,，:：]+", 2);
            try {
                LocalDate day = LocalDate.parse(parts[0]);
                Integer direction = parts.length < 2 ? null : direction(parts[1].strip());
                if (direction == null) {
                    problems.add("wind", "environment.error.windLine", line, l);
                    continue;
                }
                if (start != null
                        && end != null
                        && (day.isBefore(start.toLocalDate())
                                || !day.atStartOfDay().isBefore(end))) {
                    problems.add("wind", "environment.error.windDay", line, day);
                    continue;
                }
                out.put(day, direction);
            } catch (DateTimeParseException e) {
                problems.add("wind", "environment.error.windLine", line, l);
            }
        }
        return out;
    }

    /** Degrees 0..359 or a compass point (北, 东北风, NE...). */
    static @Nullable Integer direction(String value) {
        String v = value.replace("风", "").strip().toUpperCase(Locale.ROOT);
        if (v.matches("\\d{1,3}")) {
            int d = Integer.parseInt(v);
            return d < 360 ? d : null;
        }
        return COMPASS.get(v);
    }

    private static Map<String, Integer> compass() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[] chinese = {"北", "东北", "东", "东南", "南", "西南", "西", "西北"};
        String[] english = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
        for (int i = 0; i < 8; i++) {
            m.put(chinese[i], i * 45);
            m.put(english[i], i * 45);
        }
        return Map.copyOf(m);
    }

    static String percentText(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
