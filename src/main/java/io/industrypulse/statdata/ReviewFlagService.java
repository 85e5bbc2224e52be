package io.industrypulse.statdata;

import io.industrypulse.account.AuditLog;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.RegionService;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft review flags (核实性错误) and their workflow: an import stores the checks it raised ({@link #reconcile}); the
 * county explains its own enterprises' flags, a city reviewer (市级管理员, 市级业务) accepts or returns them, leaders and
 * departments read only. Every transition is audited with the flag before and after.
 */
@Service
public class ReviewFlagService {

    private final ReviewFlagRepository flags;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    ReviewFlagService(ReviewFlagRepository flags, RegionService regions, AuditLog audit, Clock clock) {
        this.regions = regions;
        this.flags = flags;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may read flags at all (city roles, leaders, county users). */
    public static boolean mayRead(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN
                || scope.role() == Role.CITY_ANALYST
                || scope.role() == Role.LEADER
                || scope.role() == Role.COUNTY_USER;
    }

    /** Whether the user explains flags (county users, for their own county). */
    public static boolean mayExplain(UserScope scope) {
        return scope.role() == Role.COUNTY_USER;
    }

    /** Whether the user accepts and returns explanations. */
    public static boolean mayReview(UserScope scope) {
        return scope.role() == Role.CITY_ADMIN || scope.role() == Role.CITY_ANALYST;
    }

    /**
     * Stores the checks an import raised, in the import's transaction. Within the import's reach (the whole period for
     * a city import, the county's enterprises for a county import): a flag raised again with identical input figures
     * is kept as it stands (state and explanation); a flag no longer raised, or raised with other figures, is closed,
     * and the new figures open a new flag.
     *
     * @param reach the credit codes the import replaced; {@code null} for a city-wide import (the whole period)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public FlagSummary reconcile(MonthlyRevision revision, @Nullable Set<String> reach, List<RaisedFlag> raised) {
        var now = clock.instant();
        Map<String, ReviewFlagRepository.Active> open = new HashMap<>();
        for (ReviewFlagRepository.Active active : flags.active(revision.period())) {
            if (reach == null || reach.contains(active.creditCode())) {
                open.put(active.creditCode() + "/" + active.check(), active);
            }
        }
        List<Long> kept = new ArrayList<>();
        List<ReviewFlagRepository.Active> closed = new ArrayList<>();
        List<RaisedFlag> added = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        for (RaisedFlag flag : raised) {
            flagged.add(flag.creditCode());
            ReviewFlagRepository.Active existing = open.remove(flag.creditCode() + "/" + flag.check());
            if (existing != null && existing.fingerprint().equals(flag.fingerprint())) {
                kept.add(existing.id());
                continue;
            }
            if (existing != null) {
                closed.add(existing);
            }
            added.add(flag);
        }
        closed.addAll(open.values());
        flags.touch(kept, revision.id());
        flags.close(closed.stream().map(ReviewFlagRepository.Active::id).toList(), revision.id(), now);
        flags.insert(revision.period(), added, revision.id(), now);
        // closing takes a flag out of the workflow (perhaps with its explanation): audited one by one; raising is in
        // the import's own audit entry (how many flags it raised and closed)
        for (ReviewFlagRepository.Active gone : closed) {
            audit.record(
                    "review.flag.close",
                    "review_flag",
                    String.valueOf(gone.id()),
                    Map.of(
                            "state",
                            gone.state().name(),
                            "creditCode",
                            gone.creditCode(),
                            "check",
                            gone.check().name()),
                    Map.of(
                            "state",
                            FlagState.CLOSED.name(),
                            "revision",
                            revision.period() + "#" + revision.revision()));
        }
        return new FlagSummary(raised.size(), kept.size(), closed.size(), flagged.size());
    }

    /**
     * The period's flags in the caller's scope (a county user: its county, whatever county is asked), closed ones only
     * when asked by state.
     */
    @Transactional(readOnly = true)
    public List<ReviewFlag> flags(
            YearMonth period,
            @Nullable String county,
            @Nullable FlagState state,
            @Nullable String rule,
            UserScope scope) {
        requireRead(scope);
        String asked = blankToNull(county);
        if (asked != null && !regions.isCounty(asked)) {
            throw new IllegalArgumentException(Messages.get("review.error.unknownCounty", asked));
        }
        String rules = blankToNull(rule);
        if (rules != null
                && java.util.Arrays.stream(SoftCheck.values())
                        .noneMatch(c -> c.rule().equals(rules))) {
            throw new IllegalArgumentException(Messages.get("review.error.rule", rules));
        }
        String region = scope.isCityWide() ? asked : scope.regionCode();
        return flags.list(new ReviewFlagRepository.Filter(period, region, state, rules));
    }

    /** One flag in the caller's scope. */
    @Transactional(readOnly = true)
    public ReviewFlag flag(long id, UserScope scope) {
        requireRead(scope);
        return flags.find(id)
                .filter(f -> scope.coversCounty(f.countyCode()))
                .orElseThrow(() -> new ReviewFlagNotFoundException(id));
    }

    /** Credit codes with at least one flag of the period still pending (not accepted, not closed); unfiltered. */
    @Transactional(readOnly = true)
    public Set<String> pendingEnterprises(YearMonth period) {
        return new HashSet<>(flags.pendingEnterprises(period));
    }

    /**
     * The county's explanation of a flag of its own enterprise: {@code OPEN} or {@code RETURNED} → {@code EXPLAINED}.
     *
     * @throws IllegalArgumentException when the category or the text is not acceptable (the message says why)
     */
    @Transactional
    public ReviewFlag explain(long id, String category, String text, UserScope scope) {
        ReviewFlag before = locked(id, scope);
        if (!mayExplain(scope)) {
            throw new AccessDeniedException(Messages.get("review.error.explainDenied"));
        }
        ReasonCategory reason = ReasonCategory.parse(category);
        String explanation = text == null ? "" : text.strip();
        Explanations.problem(explanation).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!before.state().explainable()) {
            throw new ReviewFlagConflictException(Messages.get("review.error.notExplainable", label(before.state())));
        }
        flags.explain(id, reason, explanation, scope.username(), clock.instant());
        return audited("review.flag.explain", before);
    }

    /** A city reviewer accepts the explanation: {@code EXPLAINED} → {@code ACCEPTED}. */
    @Transactional
    public ReviewFlag accept(long id, @Nullable String comment, UserScope scope) {
        ReviewFlag before = reviewable(id, scope);
        flags.review(id, FlagState.ACCEPTED, blankToNull(comment), scope.username(), clock.instant());
        return audited("review.flag.accept", before);
    }

    /** A city reviewer returns the explanation with a comment: {@code EXPLAINED} → {@code RETURNED}. */
    @Transactional
    public ReviewFlag returnFlag(long id, String comment, UserScope scope) {
        ReviewFlag before = reviewable(id, scope);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException(Messages.get("review.error.returnComment"));
        }
        flags.review(id, FlagState.RETURNED, comment.strip(), scope.username(), clock.instant());
        return audited("review.flag.return", before);
    }

    private ReviewFlag reviewable(long id, UserScope scope) {
        ReviewFlag before = locked(id, scope);
        if (!mayReview(scope)) {
            throw new AccessDeniedException(Messages.get("review.error.decideDenied"));
        }
        if (!before.state().reviewable()) {
            throw new ReviewFlagConflictException(Messages.get("review.error.notDecidable", label(before.state())));
        }
        return before;
    }

    private ReviewFlag locked(long id, UserScope scope) {
        requireRead(scope);
        return flags.findForUpdate(id)
                .filter(f -> scope.coversCounty(f.countyCode()))
                .orElseThrow(() -> new ReviewFlagNotFoundException(id));
    }

    private ReviewFlag audited(String action, ReviewFlag before) {
        ReviewFlag after = flags.find(before.id()).orElseThrow();
        audit.record(action, "review_flag", String.valueOf(before.id()), snapshot(before), snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(ReviewFlag flag) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("period", flag.period().toString());
        values.put("creditCode", flag.creditCode());
        values.put("check", flag.check().name());
        values.put("state", flag.state().name());
        values.put(
                "reasonCategory",
                flag.reasonCategory() == null ? null : flag.reasonCategory().name());
        values.put("explanation", flag.explanation());
        values.put("reviewComment", flag.reviewComment());
        return values;
    }

    private static void requireRead(UserScope scope) {
        if (!mayRead(scope)) {
            throw new AccessDeniedException(Messages.get("review.error.denied"));
        }
    }

    private static String label(FlagState state) {
        return Messages.get("review.state." + state.name());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
