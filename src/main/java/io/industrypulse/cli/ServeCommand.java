package io.industrypulse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web application; any further arguments are Spring Boot's own ({@code --server.port=9090}). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web server (default command).")
class ServeCommand implements Callable<Integer> {

    private final Function<String[], ConfigurableApplicationContext> webApplication;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ServeCommand(Function<String[], ConfigurableApplicationContext> webApplication) {
        this.webApplication = webApplication;
    }

    @Override
    public Integer call() {
        webApplication.apply(springArguments.toArray(String[]::new));
        return 0;
    }
}
