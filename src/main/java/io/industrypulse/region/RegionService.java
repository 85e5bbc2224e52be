package io.industrypulse.region;

import io.industrypulse.account.AuditLog;
import io.industrypulse.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative divisions: the province &gt; city &gt; county tree (GB/T 2260, METHODOLOGY 8.3). Region names
 * and codes are public knowledge, so reading them needs no scope; writing is for loaders and is audited.
 */
@Service
public class RegionService {

    private final RegionRepository repository;
    private final AuditLog auditLog;

    RegionService(RegionRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    /** All regions, ordered by sort order then code. */
    @Transactional(readOnly = true)
    public List<Region> all() {
        return repository.findAll();
    }

    /** The region with this code, if any. */
    @Transactional(readOnly = true)
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : repository.find(code.trim());
    }

    /** Whether the code is a known county-level region. */
    @Transactional(readOnly = true)
    public boolean isCounty(String code) {
        return find(code).filter(r -> r.level() == RegionLevel.COUNTY).isPresent();
    }

    /** The city the platform serves: the first city-level region by sort order, then code. */
    @Transactional(readOnly = true)
    public Optional<Region> city() {
        return repository.findByLevel(RegionLevel.CITY).stream().findFirst();
    }

    /** The counties (county-level regions) of {@link #city()}, in display order; empty when there is no city. */
    @Transactional(readOnly = true)
    public List<Region> counties() {
        return city().map(city -> countiesOf(city.code())).orElse(List.of());
    }

    /** The names of {@link #counties()} by code, in display order: what lists and exports show for a county code. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> countyNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        counties().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The county-level children of the given city, in display order. */
    @Transactional(readOnly = true)
    public List<Region> countiesOf(String cityCode) {
        return repository.findChildren(cityCode).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .toList();
    }

    /**
     * The forest of regions: roots are regions without a (known) parent, usually the province; children in display
     * order.
     */
    @Transactional(readOnly = true)
    public List<RegionNode> tree() {
        List<Region> all = repository.findAll();
        Set<String> codes = all.stream().map(Region::code).collect(Collectors.toSet());
        Map<String, List<Region>> byParent = new LinkedHashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region region : all) {
            if (region.parentCode() == null || !codes.contains(region.parentCode())) {
                roots.add(region);
            } else {
                byParent.computeIfAbsent(region.parentCode(), k -> new ArrayList<>())
                        .add(region);
            }
        }
        return roots.stream().map(root -> node(root, byParent)).toList();
    }

    private static RegionNode node(Region region, Map<String, List<Region>> byParent) {
        List<RegionNode> children = byParent.getOrDefault(region.code(), List.of()).stream()
                .map(child -> node(child, byParent))
                .toList();
        return new RegionNode(region, children);
    }

    /**
     * Inserts or updates regions by code, parents first, in one transaction; each change is audited
     * ({@code region.create} / {@code region.update}); unchanged regions are skipped. For loaders (demo data,
     * regions.csv).
     *
     * @return the number of regions inserted or changed
     * @throws IllegalArgumentException naming the first invalid region (nothing is written)
     */
    @Transactional
    public int saveAll(List<Region> regions) {
        regions.forEach(RegionService::validate);
        List<Region> ordered = regions.stream()
                .sorted(Comparator.comparing((Region r) -> r.level().ordinal()))
                .toList();
        int changed = 0;
        for (Region region : ordered) {
            Optional<Region> existing = repository.find(region.code());
            if (existing.isEmpty()) {
                repository.insert(region);
                auditLog.record("region.create", "region", region.code(), null, region);
                changed++;
            } else if (!existing.get().equals(region)) {
                repository.update(region);
                auditLog.record("region.update", "region", region.code(), existing.get(), region);
                changed++;
            }
        }
        return changed;
    }

    /** GB/T 2260 shape: province PP0000, city PPCC00, county PPCCxx; a parent must be an ancestor by code. */
    static void validate(Region region) {
        String code = region.code();
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException(Messages.get("region.error.code", code));
        }
        if (region.name().isBlank()) {
            throw new IllegalArgumentException(Messages.get("region.error.name", code));
        }
        boolean shapeOk = switch (region.level()) {
            case PROVINCE -> code.endsWith("0000");
            case CITY -> code.endsWith("00") && !code.endsWith("0000");
            case COUNTY -> !code.endsWith("00");
        };
        if (!shapeOk) {
            throw new IllegalArgumentException(
                    Messages.get("region.error.codeLevel", code, region.level().code()));
        }
        String parent = region.parentCode();
        if (parent != null) {
            String province = code.substring(0, 2) + "0000";
            String city = code.substring(0, 4) + "00";
            boolean parentOk = switch (region.level()) {
                case PROVINCE -> false;
                case CITY -> parent.equals(province);
                case COUNTY -> parent.equals(city) || parent.equals(province);
            };
            if (!parentOk) {
                throw new IllegalArgumentException(Messages.get("region.error.parent", code, parent));
            }
        }
    }
}
