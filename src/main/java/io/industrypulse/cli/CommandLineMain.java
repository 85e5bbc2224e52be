package io.industrypulse.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Entry point of the jar: picocli commands, {@code serve} when no command is named. */
public final class CommandLineMain {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private CommandLineMain() {}

    /**
     * Runs the command the arguments name. A successful {@code serve} returns and leaves the web server's threads
     * running ({@code webApplication} starts them); every other command ends the JVM with its exit code (2 for bad input).
     */
    public static void main(String[] args, Function<String[], ConfigurableApplicationContext> springApplication) {
        CommandLine commandLine = commandLine(springApplication);
        int exitCode = commandLine.execute(withDefaultCommand(args, commandLine));
        boolean serving = exitCode == 0
                && commandLine.getParseResult().subcommand() != null
                && "serve"
                        .equals(commandLine
                                .getParseResult()
                                .subcommand()
                                .commandSpec()
                                .name());
        if (!serving) {
            System.exit(exitCode);
        }
    }

    /** Runs a command without ending the JVM (for tests); {@code springApplication} starts the application context. */
    public static int execute(String[] args, Function<String[], ConfigurableApplicationContext> springApplication) {
        CommandLine commandLine = commandLine(springApplication);
        return commandLine.execute(withDefaultCommand(args, commandLine));
    }

    private static CommandLine commandLine(Function<String[], ConfigurableApplicationContext> springApplication) {
        return new CommandLine(new IndustryPulseCommand())
                .addSubcommand(new ServeCommand(springApplication))
                .addSubcommand(new ImportCommand(springApplication))
                .addSubcommand(new ReportCommand(springApplication))
                .setParameterExceptionHandler(CommandLineMain::badArguments);
    }

    /** Bad arguments: what is wrong, picocli's suggestion, the usage of the command concerned; exit code 2. */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.usage(command.getErr());
        return 2;
    }

    /**
     * {@code ./mvnw spring-boot:run} and {@code java -jar} without a command start the server; Spring's own
     * options ({@code --server.port=9090}) may follow directly. Anything else that is not a command (a misspelt
     * one) goes to picocli as it is, which prints the usage and exits 2 instead of starting a server.
     */
    /**
     * The Spring arguments of a one-shot command that reads or writes the configured database and exits (import,
     * report): the user's {@code --spring...} arguments, no web server, no banner.
     */
    static String[] batchArguments(List<String> given) {
        List<String> arguments = new ArrayList<>(given);
        arguments.add("--spring.main.web-application-type=none");
        arguments.add("--spring.main.banner-mode=off");
        // the command prints its own result; Spring's start-up log would bury it
        addUnlessGiven(arguments, "--logging.level.root=", "WARN");
        // the database as it is: the demo city is loaded by serve, never behind a command's back
        addUnlessGiven(arguments, "--industrypulse.demo.enabled=", "false");
        // no snapshot computed behind the command's back after its write: the process exits, and a server learns of
        // the change through the shared data version (without it a 100,000-row import took 15 s on H2 instead of 8)
        addUnlessGiven(arguments, "--industrypulse.monitor.warm-up=", "false");
        return arguments.toArray(String[]::new);
    }

    /** A default the user may override: Spring joins a property given twice into "WARN,WARN", which binds to nothing. */
    private static void addUnlessGiven(List<String> arguments, String option, String value) {
        if (arguments.stream().noneMatch(a -> a.startsWith(option))) {
            arguments.add(option + value);
        }
    }

    static String[] withDefaultCommand(String[] args, CommandLine commandLine) {
        if (args.length > 0
                && (commandLine.getSubcommands().containsKey(args[0])
                        || TOP_LEVEL_OPTIONS.contains(args[0])
                        || !args[0].startsWith("--"))) {
            return args;
        }
        String[] withServe = new String[args.length + 1];
        withServe[0] = "serve";
        System.arraycopy(args, 0, withServe, 1, args.length);
        return Arrays.copyOf(withServe, withServe.length);
    }
}
