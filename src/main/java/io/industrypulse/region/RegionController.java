package io.industrypulse.region;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The {@code /regions} page: the tree of administrative divisions. */
@Controller
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    String list(Model model) {
        List<Row> rows = new ArrayList<>();
        regions.tree().forEach(node -> flatten(node, 0, rows));
        model.addAttribute("rows", rows);
        return "region/list";
    }

    private static void flatten(RegionNode node, int depth, List<Row> rows) {
        rows.add(new Row(node.region(), depth));
        node.children().forEach(child -> flatten(child, depth + 1, rows));
    }

    /** One table row: a region and its depth in the tree. */
    record Row(Region region, int depth) {}
}
