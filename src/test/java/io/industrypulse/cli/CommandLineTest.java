package io.industrypulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.CommandLineRun;
import org.junit.jupiter.api.Test;

/** The jar's command line itself: a misspelt command is an error, not a started server; every command has --help. */
class CommandLineTest {

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aCommandsDefaultsGiveWayToTheUsersOwnOptions() {
        // Spring joins an option given twice ("WARN,WARN"), which no longer binds: the benchmarks set both
        assertThat(CommandLineMain.batchArguments(
                        java.util.List.of("--logging.level.root=INFO", "--industrypulse.demo.enabled=false")))
                .filteredOn(a -> a.startsWith("--logging.level.root=") || a.startsWith("--industrypulse.demo.enabled="))
                .containsExactly("--logging.level.root=INFO", "--industrypulse.demo.enabled=false");
        assertThat(CommandLineMain.batchArguments(java.util.List.of()))
                .contains(
                        "--logging.level.root=WARN",
                        "--industrypulse.demo.enabled=false",
                        "--industrypulse.monitor.warm-up=false");
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWithTwo() {
        assertThat(cli.run("nosuchcommand")).isEqualTo(2);
        assertThat(cli.err()).contains("nosuchcommand").contains("Usage: industrypulse");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"import", "compute", "demo-data", "serve", "report"}) {
            assertThat(cli.run(command, "--help")).as(command).isEqualTo(0);
            assertThat(cli.out()).as(command).contains("Usage: industrypulse " + command);
        }
        assertThat(cli.run("import", "--help")).isZero();
        assertThat(cli.out()).contains("--replace-months").contains("--period");
    }
}
