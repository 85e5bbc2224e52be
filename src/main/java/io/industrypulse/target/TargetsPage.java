package io.industrypulse.target;

import io.industrypulse.account.UserScope;
import java.util.List;

/** Which targets a user may see: everything city-wide, else the city's (and province's) and its own county's. */
final class TargetsPage {

    private TargetsPage() {}

    static List<Target> visible(List<Target> targets, UserScope scope) {
        return targets.stream()
                .filter(target -> scope.isCityWide()
                        || scope.coversCounty(target.regionCode())
                        || target.regionCode().endsWith("00"))
                .toList();
    }
}
