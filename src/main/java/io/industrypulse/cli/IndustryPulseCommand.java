package io.industrypulse.cli;

import picocli.CommandLine.Command;

/** The top-level command; each subcommand is one thing the jar can do. */
@Command(
        name = "industrypulse",
        mixinStandardHelpOptions = true,
        version = "IndustryPulse 0.1.0",
        description = "工业经济运行监测调度平台 IndustryPulse. Without a command, starts the web server.",
        subcommands = {ComputeCommand.class, DemoDataCommand.class})
class IndustryPulseCommand {}
