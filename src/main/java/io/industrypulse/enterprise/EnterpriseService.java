package io.industrypulse.enterprise;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.ListPage;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.EnterpriseValidationException.FieldProblem;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionService;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise registry. Scope is enforced here (DESIGN.md section 1): county users see and change only their
 * own county, enterprise users only their own enterprise, leaders and department users change nothing. Every write
 * is audited in the same transaction. Invalid input throws {@link EnterpriseValidationException} and writes
 * nothing.
 */
@Service
public class EnterpriseService {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String NO_ENTERPRISE = "-";

    private final EnterpriseRepository repository;
    private final RegionService regions;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    EnterpriseService(
            EnterpriseRepository repository,
            RegionService regions,
            AuditLog auditLog,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.auditLog = auditLog;
        this.messages = messages;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /**
     * One page of the enterprises matching the query within the caller's scope. A county user always gets its own
     * county, whatever {@code query.county()} says; an enterprise user only its own enterprise; the ecology
     * department the 涉气 enterprises of every county, other departments none.
     *
     * @throws IllegalArgumentException for a malformed {@code tag}
     */
    @Transactional(readOnly = true)
    public EnterprisePage search(EnterpriseQuery query, UserScope scope) {
        if (query.county() != null && !regions.isCounty(query.county())) {
            throw new IllegalArgumentException(Messages.get("enterprise.error.unknownCounty", query.county()));
        }
        EnterpriseRepository.Filter filter = filter(query, scope);
        long total = repository.count(filter);
        int size = ListPage.rowsPerPage(EnterpriseQuery.PAGE_SIZE);
        List<Enterprise> items = repository.search(filter, size, (long) (query.page() - 1) * size);
        return new EnterprisePage(items, query.page(), size, total);
    }

    private static EnterpriseRepository.Filter filter(EnterpriseQuery query, UserScope scope) {
        String county = scope.role() == Role.COUNTY_USER ? scope.regionCode() : query.county();
        String creditCode = null;
        Boolean air = null;
        if (scope.role() == Role.ENTERPRISE_USER) {
            county = null;
            creditCode = scope.enterpriseCreditCode() == null ? NO_ENTERPRISE : scope.enterpriseCreditCode();
        } else if (scope.role() == Role.DEPARTMENT_USER) {
            if (scope.seesAirPollutingEnterprises()) {
                air = true;
            } else {
                creditCode = NO_ENTERPRISE;
            }
        }
        Boolean key = null;
        String grade = null;
        String chain = null;
        String tag = query.tag();
        if (tag != null) {
            if (tag.equals("key")) {
                key = true;
            } else if (tag.equals("air")) {
                air = true;
            } else if (tag.startsWith("grade:")) {
                grade = PollutionGrade.valueOf(tag.substring("grade:".length())).name();
            } else if (tag.startsWith("chain:")) {
                chain = tag.substring("chain:".length());
            } else {
                throw new IllegalArgumentException(Messages.get("enterprise.error.unknownTag", tag));
            }
        }
        return new EnterpriseRepository.Filter(county, creditCode, query.industry(), key, air, grade, chain, query.q());
    }

    /** The enterprise with its history and chains, or empty when unknown <em>or outside the caller's scope</em>. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseDetail> find(String creditCode, UserScope scope) {
        if (creditCode == null) {
            return Optional.empty();
        }
        String code = CreditCode.normalize(creditCode);
        return repository.find(code).filter(e -> visible(e, scope)).map(e -> {
            long id = repository.findId(code).orElseThrow();
            return new EnterpriseDetail(e, repository.aboveSize(id), repository.chainsOf(id));
        });
    }

    /**
     * Whether the caller may see the enterprise's registry facts: those of its county (county users), its own
     * (enterprise users), the 涉气 ones (the ecology department), all (city roles).
     */
    private static boolean visible(Enterprise enterprise, UserScope scope) {
        return scope.coversEnterprise(enterprise.creditCode(), enterprise.countyCode())
                || (enterprise.airPolluting() && scope.seesAirPollutingEnterprises());
    }

    /**
     * Credit codes of the enterprises above-size in the period (METHODOLOGY 5), within the caller's scope, in code
     * order.
     */
    @Transactional(readOnly = true)
    public List<String> aboveSizeIn(YearMonth period, UserScope scope) {
        if (scope.role() == Role.ENTERPRISE_USER) {
            String own = scope.enterpriseCreditCode();
            return own == null
                    ? List.of()
                    : repository.aboveSizeIn(period, scope.regionCode()).stream()
                            .filter(own::equals)
                            .toList();
        }
        if (scope.role() == Role.DEPARTMENT_USER) {
            return List.of();
        }
        return repository.aboveSizeIn(period, scope.countyOrNull());
    }

    /** The 41 industrial divisions 06-46 (METHODOLOGY 8.1) in code order. */
    @Transactional(readOnly = true)
    public List<IndustryDivision> divisions() {
        return repository.divisions();
    }

    /** All industrial chains in display order. */
    @Transactional(readOnly = true)
    public List<IndustrialChain> chains() {
        return repository.chains();
    }

    /** The counties whose enterprises the caller may see (all counties of the city for city-wide roles). */
    @Transactional(readOnly = true)
    public List<Region> visibleCounties(UserScope scope) {
        return regions.counties().stream()
                .filter(c -> scope.coversCounty(c.code()))
                .toList();
    }

    /** The counties the caller may register enterprises in (empty for roles that may not write). */
    @Transactional(readOnly = true)
    public List<Region> writableCounties(UserScope scope) {
        return regions.counties().stream()
                .filter(c -> mayWrite(scope, c.code()))
                .toList();
    }

    /** Whether the caller may register enterprises at all: city administrators and analysts, county users. */
    public boolean mayRegister(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST || scope.role() == Role.COUNTY_USER;
    }

    /** Whether the caller may change enterprises of the county. LEADER never may. */
    public boolean mayWrite(UserScope scope, String countyCode) {
        return switch (scope.role()) {
            case CITY_ADMIN, CITY_ANALYST -> true;
            case COUNTY_USER -> scope.regionCode().equals(countyCode);
            default -> false;
        };
    }

    // ---------------------------------------------------------------- writing

    /**
     * Registers one enterprise from the form. Only a {@link Role#CITY_ADMIN} may accept a credit code failing the
     * check character, and only with a reason ({@code legacyCodeReason}), which is recorded.
     *
     * @throws AccessDeniedException when the role may not register enterprises
     * @throws EnterpriseValidationException naming every invalid field; nothing is written
     */
    @Transactional
    public Enterprise register(EnterpriseForm form, UserScope scope) {
        if (!mayRegister(scope)) {
            throw new AccessDeniedException(Messages.get("enterprise.error.createDenied"));
        }
        Context context = context();
        List<FieldProblem> problems = new ArrayList<>();
        Candidate candidate = parse(form, problems);
        check(candidate, context, scope, true, false, 0, problems);
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
        if (CreditCode.isValid(candidate.creditCode())) {
            candidate = candidate.withIdentity(candidate.creditCode(), null, candidate.spell());
        }
        insert(candidate);
        EnterpriseDetail created = detailOf(candidate.creditCode());
        auditLog.record("enterprise.create", "enterprise", candidate.creditCode(), null, created);
        events.publishEvent(new EnterpriseChanged(1));
        return created.enterprise();
    }

    /**
     * Changes the registry fields and chains of an enterprise (not its credit code nor its above-size history).
     *
     * @throws EnterpriseNotFoundException when unknown or outside the caller's scope
     * @throws AccessDeniedException when the caller may not change it
     * @throws EnterpriseValidationException naming every invalid field; nothing is written
     */
    @Transactional
    public Enterprise update(String creditCode, EnterpriseForm form, UserScope scope) {
        EnterpriseDetail before =
                find(creditCode, scope).orElseThrow(() -> new EnterpriseNotFoundException(creditCode));
        Enterprise existing = before.enterprise();
        if (!mayWrite(scope, existing.countyCode())) {
            throw new AccessDeniedException(Messages.get("enterprise.error.changeDenied"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Candidate parsed = parse(form, problems);
        Candidate candidate = parsed.withIdentity(existing.creditCode(), existing.legacyCodeReason(), null);
        check(candidate, context(), scope, false, false, 0, problems);
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
        repository.update(candidate.row(), now());
        long id = repository.findId(existing.creditCode()).orElseThrow();
        repository.replaceChains(id, candidate.chains());
        EnterpriseDetail after = detailOf(existing.creditCode());
        auditLog.record("enterprise.update", "enterprise", existing.creditCode(), before, after);
        // the credit code itself may have been corrected: both the old and the new one changed
        events.publishEvent(new EnterpriseChanged(1));
        return after.enterprise();
    }

    /**
     * Registers many enterprises in one transaction, all or nothing, each audited ({@code enterprise.create}). For
     * bulk loaders (demo data, imports), which check the caller's permission themselves; regions and chains must
     * already exist. Codes failing the check character are refused (no override here).
     *
     * @return the number registered
     * @throws EnterpriseValidationException listing every problem with its 1-based row; nothing is written
     */
    @Transactional
    public int registerAll(List<EnterpriseRegistration> registrations) {
        Context context = context();
        List<FieldProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < registrations.size(); i++) {
            Candidate candidate = Candidate.of(registrations.get(i));
            check(candidate, context, null, true, true, i + 1, problems);
            if (candidate.creditCode() != null && !seen.add(candidate.creditCode())) {
                problems.add(problem("creditCode", "enterprise.error.creditCode.duplicate", i + 1));
            }
            candidates.add(candidate);
        }
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
        // in batches, statement by statement as register would do per enterprise: a demo city or a registry import
        // holds thousands
        OffsetDateTime now = now();
        repository.insertAll(candidates.stream().map(Candidate::row).toList(), now);
        Map<String, AboveSizePeriod> spells = new java.util.LinkedHashMap<>();
        Map<String, List<String>> chains = new java.util.LinkedHashMap<>();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.spell() != null) {
                spells.put(candidate.creditCode(), candidate.spell());
            }
            if (!candidate.chains().isEmpty()) {
                chains.put(candidate.creditCode(), candidate.chains());
            }
            entries.add(new AuditLog.Entry(candidate.creditCode(), null, registrations.get(i)));
        }
        repository.insertAboveSizeAll(spells);
        repository.insertChainsAll(chains);
        auditLog.recordAll("enterprise.create", "enterprise", entries);
        if (!candidates.isEmpty()) {
            events.publishEvent(new EnterpriseChanged(candidates.size()));
        }
        return candidates.size();
    }

    /**
     * Inserts or updates industrial chains by code, each change audited ({@code chain.create}/{@code chain.update}).
     *
     * @return the number inserted or changed
     * @throws IllegalArgumentException for a blank name or a code not matching {@code [A-Za-z0-9_-]{1,32}}
     */
    @Transactional
    public int saveChains(List<IndustrialChain> chains) {
        for (IndustrialChain chain : chains) {
            if (chain.code() == null || !chain.code().matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException(Messages.get("enterprise.error.chainCode", chain.code()));
            }
            if (chain.name() == null || chain.name().isBlank()) {
                throw new IllegalArgumentException(Messages.get("enterprise.error.chainName", chain.code()));
            }
        }
        int changed = 0;
        for (IndustrialChain chain : chains) {
            Optional<IndustrialChain> existing = repository.findChain(chain.code());
            if (existing.isEmpty()) {
                repository.insertChain(chain);
                auditLog.record("chain.create", "industrial_chain", chain.code(), null, chain);
                changed++;
            } else if (!existing.get().equals(chain)) {
                repository.updateChain(chain);
                auditLog.record("chain.update", "industrial_chain", chain.code(), existing.get(), chain);
                changed++;
            }
        }
        if (changed > 0) {
            events.publishEvent(new EnterpriseChanged(0));
        }
        return changed;
    }

    /**
     * Records that an above-size enterprise leaves the scope (退规) from the given period on.
     *
     * @throws EnterpriseNotFoundException when unknown or outside the caller's scope
     * @throws AccessDeniedException when the caller may not change it
     * @throws IllegalStateException when it has no open above-size spell starting before {@code exitedFrom}
     */
    @Transactional
    public void exitAboveSize(String creditCode, YearMonth exitedFrom, String reason, UserScope scope) {
        EnterpriseDetail before = writable(creditCode, scope);
        if (reason == null || reason.isBlank()) {
            throw new EnterpriseValidationException(
                    List.of(problem("exitReason", "enterprise.error.exitReason.required", 0)));
        }
        long id = repository.findId(before.enterprise().creditCode()).orElseThrow();
        if (repository.closeAboveSize(id, exitedFrom, reason.trim()) != 1) {
            throw new IllegalStateException(Messages.get("enterprise.error.noSpellToExit", creditCode));
        }
        auditLog.record(
                "enterprise.aboveSize.exit",
                "enterprise",
                before.enterprise().creditCode(),
                before,
                detailOf(before.enterprise().creditCode()));
        events.publishEvent(new EnterpriseChanged(1));
    }

    /**
     * Records that an enterprise enters the above-size scope from the given period on (小升规, new production).
     *
     * @throws EnterpriseNotFoundException when unknown or outside the caller's scope
     * @throws AccessDeniedException when the caller may not change it
     * @throws IllegalStateException when it is still above-size or left after {@code since}
     */
    @Transactional
    public void enterAboveSize(String creditCode, YearMonth since, AboveSizeEntry entry, UserScope scope) {
        EnterpriseDetail before = writable(creditCode, scope);
        for (AboveSizePeriod spell : before.aboveSize()) {
            if (spell.exitedFrom() == null || spell.exitedFrom().isAfter(since)) {
                throw new IllegalStateException(Messages.get("enterprise.error.spellOverlaps", since, creditCode));
            }
        }
        long id = repository.findId(before.enterprise().creditCode()).orElseThrow();
        repository.insertAboveSize(id, new AboveSizePeriod(since, entry, null, null));
        auditLog.record(
                "enterprise.aboveSize.enter",
                "enterprise",
                before.enterprise().creditCode(),
                before,
                detailOf(before.enterprise().creditCode()));
        events.publishEvent(new EnterpriseChanged(1));
    }

    /**
     * The entries into the above-size scope (小升规, new production; not the registry's first load) and the exits
     * (退规) of the months {@code from}..{@code to}, for the net increase (净增 = entries − exits). Counts by county
     * are public aggregates; the caller shows names only within the user's scope.
     */
    @Transactional(readOnly = true)
    public List<AboveSizeChange> aboveSizeChanges(YearMonth from, YearMonth to) {
        return repository.aboveSizeChanges(from, to);
    }

    private EnterpriseDetail writable(String creditCode, UserScope scope) {
        EnterpriseDetail detail =
                find(creditCode, scope).orElseThrow(() -> new EnterpriseNotFoundException(creditCode));
        if (!mayWrite(scope, detail.enterprise().countyCode())) {
            throw new AccessDeniedException(Messages.get("enterprise.error.changeDenied"));
        }
        return detail;
    }

    private void insert(Candidate candidate) {
        long id = repository.insert(candidate.row(), now());
        if (candidate.spell() != null) {
            repository.insertAboveSize(id, candidate.spell());
        }
        if (!candidate.chains().isEmpty()) {
            repository.replaceChains(id, candidate.chains());
        }
    }

    private EnterpriseDetail detailOf(String creditCode) {
        long id = repository.findId(creditCode).orElseThrow();
        return new EnterpriseDetail(
                repository.find(creditCode).orElseThrow(), repository.aboveSize(id), repository.chainsOf(id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- validation

    /** What validation needs to know about the database, read once per call. */
    private record Context(Set<String> counties, Set<String> divisions, Set<String> chains, Set<String> creditCodes) {}

    private Context context() {
        return new Context(
                regions.all().stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY)
                        .map(Region::code)
                        .collect(Collectors.toSet()),
                repository.divisions().stream().map(IndustryDivision::code).collect(Collectors.toSet()),
                repository.chains().stream().map(IndustrialChain::code).collect(Collectors.toSet()),
                repository.allCreditCodes());
    }

    /** Normalized input, typed. */
    private record Candidate(
            String creditCode,
            String legacyCodeReason,
            String name,
            String county,
            String industry,
            AboveSizePeriod spell,
            YearMonth exitedFrom,
            String exitReason,
            boolean keyEnterprise,
            PollutionGrade grade,
            boolean airPolluting,
            List<String> chains,
            String contactPerson,
            String contactPhone,
            String address) {

        static Candidate of(EnterpriseRegistration r) {
            AboveSizePeriod spell = null;
            if (r.aboveSizeSince() != null) {
                boolean exitOk = r.exitedFrom() == null
                        || (r.exitedFrom().isAfter(r.aboveSizeSince()) && !blank(r.exitReason()));
                spell = new AboveSizePeriod(
                        r.aboveSizeSince(),
                        r.entryKind() == null ? AboveSizeEntry.INITIAL : r.entryKind(),
                        exitOk ? r.exitedFrom() : null,
                        exitOk ? trim(r.exitReason()) : null);
            }
            return new Candidate(
                    CreditCode.normalize(trim(r.creditCode())),
                    null,
                    trim(r.name()),
                    trim(r.countyCode()),
                    trim(r.industryCode()),
                    spell,
                    r.exitedFrom(),
                    trim(r.exitReason()),
                    r.keyEnterprise(),
                    r.pollutionGrade(),
                    r.airPolluting(),
                    r.chainCodes().stream().map(String::trim).distinct().toList(),
                    trim(r.contactPerson()),
                    trim(r.contactPhone()),
                    trim(r.address()));
        }

        Candidate withIdentity(String code, String legacyReason, AboveSizePeriod newSpell) {
            return new Candidate(
                    code,
                    legacyReason,
                    name,
                    county,
                    industry,
                    newSpell,
                    null,
                    null,
                    keyEnterprise,
                    grade,
                    airPolluting,
                    chains,
                    contactPerson,
                    contactPhone,
                    address);
        }

        EnterpriseRepository.Row row() {
            return new EnterpriseRepository.Row(
                    creditCode,
                    name,
                    county,
                    industry.length() == 4 ? industry : null,
                    industry.substring(0, 2),
                    legacyCodeReason,
                    contactPerson,
                    contactPhone,
                    address,
                    keyEnterprise,
                    grade,
                    airPolluting);
        }
    }

    private Candidate parse(EnterpriseForm form, List<FieldProblem> problems) {
        AboveSizePeriod spell = null;
        String since = trim(form.aboveSizeSince());
        AboveSizeEntry entry = AboveSizeEntry.INITIAL;
        if (!blank(form.entryKind())) {
            try {
                entry = AboveSizeEntry.valueOf(form.entryKind().trim());
            } catch (IllegalArgumentException e) {
                problems.add(problem("entryKind", "enterprise.error.entryKind.unknown", 0));
            }
        }
        if (since != null) {
            try {
                spell = new AboveSizePeriod(YearMonth.parse(since), entry, null, null);
            } catch (DateTimeParseException e) {
                problems.add(problem("aboveSizeSince", "enterprise.error.aboveSizeSince.format", 0));
            }
        }
        PollutionGrade grade = null;
        if (!blank(form.pollutionGrade())) {
            try {
                grade = PollutionGrade.valueOf(form.pollutionGrade().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem("pollutionGrade", "enterprise.error.pollutionGrade.unknown", 0));
            }
        }
        return new Candidate(
                CreditCode.normalize(trim(form.creditCode())),
                trim(form.legacyCodeReason()),
                trim(form.name()),
                trim(form.countyCode()),
                trim(form.industryClass()),
                spell,
                null,
                null,
                Boolean.TRUE.equals(form.keyEnterprise()),
                grade,
                Boolean.TRUE.equals(form.airPolluting()),
                form.chainCodes().stream()
                        .filter(c -> !blank(c))
                        .map(String::trim)
                        .distinct()
                        .toList(),
                trim(form.contactPerson()),
                trim(form.contactPhone()),
                trim(form.address()));
    }

    /**
     * Checks a candidate; for a creation also its credit code. {@code scope} is {@code null} for system loaders
     * (no county restriction, no check-character override).
     */
    private void check(
            Candidate c,
            Context context,
            UserScope scope,
            boolean creating,
            boolean divisionOnlyAllowed,
            int row,
            List<FieldProblem> problems) {
        if (creating) {
            checkCreditCode(c, context, scope, row, problems);
        }
        if (c.name() == null) {
            problems.add(problem("name", "enterprise.error.name.required", row));
        } else if (c.name().length() > 200) {
            problems.add(problem("name", "enterprise.error.name.tooLong", row));
        }
        if (c.county() == null) {
            problems.add(problem("countyCode", "enterprise.error.countyCode.required", row));
        } else if (!context.counties().contains(c.county())) {
            problems.add(problem("countyCode", "enterprise.error.countyCode.unknown", row));
        } else if (scope != null && !mayWrite(scope, c.county())) {
            problems.add(problem("countyCode", "enterprise.error.countyCode.outOfScope", row));
        }
        String industry = c.industry();
        if (industry == null) {
            problems.add(problem("industryClass", "enterprise.error.industryClass.required", row));
        } else if (!(industry.matches("\\d{4}") || (divisionOnlyAllowed && industry.matches("\\d{2}")))) {
            problems.add(problem("industryClass", "enterprise.error.industryClass.format", row));
        } else if (!IndustryDivision.isIndustrial(industry.substring(0, 2))
                || !context.divisions().contains(industry.substring(0, 2))) {
            problems.add(problem("industryClass", "enterprise.error.industryClass.notIndustrial", row));
        }
        if (c.exitedFrom() != null) {
            if (c.spell() == null) {
                problems.add(problem("exitedFrom", "enterprise.error.exitedFrom.withoutEntry", row));
            } else if (!c.exitedFrom().isAfter(c.spell().since())) {
                problems.add(problem("exitedFrom", "enterprise.error.exitedFrom.order", row));
            } else if (c.exitReason() == null) {
                problems.add(problem("exitReason", "enterprise.error.exitReason.required", row));
            }
        }
        for (String chain : c.chains()) {
            if (!context.chains().contains(chain)) {
                problems.add(problem("chainCodes", "enterprise.error.chainCodes.unknown", row));
                break;
            }
        }
        if (c.contactPerson() != null && c.contactPerson().length() > 50) {
            problems.add(problem("contactPerson", "enterprise.error.contactPerson.tooLong", row));
        }
        if (c.contactPhone() != null && !c.contactPhone().matches("[0-9+\\-() ]{3,30}")) {
            problems.add(problem("contactPhone", "enterprise.error.contactPhone.format", row));
        }
        if (c.address() != null && c.address().length() > 300) {
            problems.add(problem("address", "enterprise.error.address.tooLong", row));
        }
        if (c.legacyCodeReason() != null && c.legacyCodeReason().length() > 500) {
            problems.add(problem("legacyCodeReason", "enterprise.error.legacyCodeReason.tooLong", row));
        }
    }

    private void checkCreditCode(Candidate c, Context context, UserScope scope, int row, List<FieldProblem> problems) {
        String code = c.creditCode();
        if (code == null) {
            problems.add(problem("creditCode", "enterprise.error.creditCode.required", row));
            return;
        }
        Optional<CreditCode.Problem> problem = CreditCode.problem(code);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case LENGTH -> problems.add(problem("creditCode", "enterprise.error.creditCode.length", row));
                case CHARSET -> problems.add(problem("creditCode", "enterprise.error.creditCode.charset", row));
                case CHECK_CHARACTER -> {
                    boolean admin = scope != null && scope.role() == Role.CITY_ADMIN;
                    if (c.legacyCodeReason() == null) {
                        problems.add(problem("creditCode", "enterprise.error.creditCode.check", row));
                    } else if (!admin) {
                        problems.add(problem("creditCode", "enterprise.error.creditCode.overrideAdminOnly", row));
                    }
                }
            }
        }
        if (context.creditCodes().contains(code)) {
            problems.add(problem("creditCode", "enterprise.error.creditCode.duplicate", row));
        }
    }

    private FieldProblem problem(String field, String code, int row) {
        return new FieldProblem(field, code, messages.getMessage(code, null, code, CHINESE), row);
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Credit code → county code of every registered enterprise, unfiltered like {@link #allForStatistics()} but
     * without the rest of the record (the monthly import looks up each of up to 500,000 rows).
     */
    public Map<String, String> countiesByCreditCode() {
        return repository.countiesByCreditCode();
    }

    /**
     * Every registered enterprise, unfiltered: for computations (monitor) whose results are filtered by scope
     * afterwards. Never hand this list to a page or API directly.
     */
    public List<Enterprise> allForStatistics() {
        return repository.search(
                new EnterpriseRepository.Filter(null, null, null, null, null, null, null, null), Integer.MAX_VALUE, 0);
    }

    /** Name of the statistical group of key enterprises (重点企业) in {@link #statisticalGroups(List)}. */
    public static final String KEY_GROUP = "key";

    /** Prefix of an industrial chain's statistical group name: {@code chain:<code>}. */
    public static final String CHAIN_GROUP_PREFIX = "chain:";

    /**
     * The tag groups the engine measures: {@value #KEY_GROUP} (重点企业) and {@code chain:<code>} for every industrial
     * chain, each with its members' credit codes. Unfiltered, like {@link #allForStatistics()}, whose list the caller
     * passes in: the key enterprises are those of the registry it has already read (50,000 records at province size).
     */
    public java.util.Map<String, List<String>> statisticalGroups(List<Enterprise> registry) {
        java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        groups.put(
                KEY_GROUP,
                registry.stream()
                        .filter(Enterprise::keyEnterprise)
                        .map(Enterprise::creditCode)
                        .toList());
        chains().forEach(chain -> groups.put(CHAIN_GROUP_PREFIX + chain.code(), new java.util.ArrayList<>()));
        repository
                .chainMemberships()
                .forEach(m -> groups.computeIfAbsent(CHAIN_GROUP_PREFIX + m.getKey(), k -> new java.util.ArrayList<>())
                        .add(m.getValue()));
        return groups;
    }
}
