package io.industrypulse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules of STYLE.md that the compiler cannot check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.industrypulse");

    @Test
    void engineImportsOnlyJava() {
        classes()
                .that()
                .resideInAPackage("io.industrypulse.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.industrypulse.engine..", "org.jspecify..")
                .check(CLASSES);
    }

    /** Issue 18: the pages' read path builds the engine input from the stored data, not through the import module. */
    @Test
    void monitorDoesNotDependOnTheImports() {
        noClasses()
                .that()
                .resideInAPackage("io.industrypulse.monitor..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.industrypulse.ingest..")
                .check(CLASSES);
    }

    @Test
    void onlyIngestAndReportTouchPoi() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.industrypulse.ingest..", "io.industrypulse.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .notBePublic()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noFields()
                .should()
                .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .check(CLASSES);
    }

    @Test
    void noLegacyDate() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .check(CLASSES);
    }

    /**
     * Issue 17: with several instances on one database a scheduled job runs on one of them at a time, so each takes a
     * ShedLock lock; only the poll of the shared data version runs on every instance, since each keeps its own caches.
     */
    @Test
    void everyScheduledJobTakesTheSharedLock() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
                .and()
                .areNotDeclaredIn("io.industrypulse.account.DataVersion")
                .should()
                .beAnnotatedWith("net.javacrumbs.shedlock.spring.annotation.SchedulerLock")
                .check(CLASSES);
    }
}
