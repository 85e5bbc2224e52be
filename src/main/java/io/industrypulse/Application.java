package io.industrypulse;

import io.industrypulse.cli.CommandLineMain;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * IndustryPulse (工业经济运行监测调度平台). The jar's entry point hands the arguments to the command line
 * in {@code cli}; its default command {@code serve} starts this Spring Boot application.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        CommandLineMain.main(args, springArguments -> SpringApplication.run(Application.class, springArguments));
    }
}
