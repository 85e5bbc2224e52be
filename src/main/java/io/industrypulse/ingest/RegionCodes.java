package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionService;
import java.util.Map;
import java.util.stream.Collectors;

/** The city and its counties by code, for checking the region column of a table. */
final class RegionCodes {

    private final Map<String, Region> regions;

    private RegionCodes(Map<String, Region> regions) {
        this.regions = regions;
    }

    static RegionCodes of(RegionService service) {
        return new RegionCodes(service.all().stream()
                .filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
                .collect(Collectors.toMap(Region::code, r -> r)));
    }

    /** Checks the column's code is the city or one of its counties; records a problem otherwise. */
    boolean check(TableRow row, int column, String code) {
        if (code == null) {
            return false;
        }
        if (!regions.containsKey(code)) {
            row.problem(column, ImportProblem.REFERENCE, Messages.get("ingest.error.notOwnRegion", code));
            return false;
        }
        return true;
    }
}
