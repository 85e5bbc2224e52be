package io.industrypulse.region;

import java.util.List;

/** A region with its child regions, in display order: one node of the province &gt; city &gt; county tree. */
public record RegionNode(Region region, List<RegionNode> children) {

    public RegionNode {
        children = List.copyOf(children);
    }
}
