package org.clusterworks.identity.user;

import org.clusterworks.identity.demo.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo accounts. */
@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demoMode.active());
        model.addAttribute("demoUsers", demoMode.active() ? demoMode.users() : java.util.List.of());
        return "identity/login";
    }
}
