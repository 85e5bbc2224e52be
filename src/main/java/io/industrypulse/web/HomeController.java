package io.industrypulse.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page; until the city overview (monitor) exists it is the enterprise registry. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/enterprises";
    }
}
