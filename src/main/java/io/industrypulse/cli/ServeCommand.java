package io.industrypulse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web application; any further arguments are Spring Boot's own ({@code --server.port=9090}). */
@Command(name = "serve", description = "Start the web server (default command).")
class ServeCommand implements Callable<Integer> {

    private final Consumer<String[]> webApplication;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ServeCommand(Consumer<String[]> webApplication) {
        this.webApplication = webApplication;
    }

    @Override
    public Integer call() {
        webApplication.accept(springArguments.toArray(String[]::new));
        return 0;
    }
}
