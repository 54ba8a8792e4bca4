package co.presencia.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/architecture.md, checked on the compiled classes of both modules. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // geo-core's test fixtures reach this module as a jar, which DO_NOT_INCLUDE_TESTS does not recognise.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("co.presencia");

    @Test
    void geoCoreNeverUsesSpring() {
        noClasses().that().resideOutsideOfPackage("co.presencia.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .because("geo-core is a plain library: the web module adapts it to HTTP")
                .check(CLASSES);
    }

    @Test
    void ogcApiDoesNotTouchJdbc() {
        noClasses().that().resideInAPackage("co.presencia.web.ogcapi..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the OGC API reads features through the feature port, not SQL")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("co.presencia.(**)").should().beFreeOfCycles()
                .because("each package sits above the ones it uses (docs/architecture.md): a cycle hides a layer")
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNoAdapter() {
        noClasses().that().resideOutsideOfPackages("co.presencia.web..", "co.presencia.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("co.presencia.web..", "co.presencia.cli..")
                .because("geo-core's use cases are called by the adapters, never the reverse")
                .check(CLASSES);
    }

    @Test
    void theCommandLineAndTheWebAdapterDoNotUseEachOther() {
        noClasses().that().resideInAPackage("co.presencia.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("co.presencia.web..", "org.springframework..")
                .because("the command line calls the application core as the server does, not through it")
                .check(CLASSES);
        noClasses().that().resideInAPackage("co.presencia.web..")
                .should().dependOnClassesThat().resideInAPackage("co.presencia.cli..")
                .because("the server never runs the command line")
                .check(CLASSES);
    }

    @Test
    void domainPackagesDoNotReachUpToTheUseCases() {
        noClasses().that().resideInAnyPackage("co.presencia.territory..", "co.presencia.boundary..", "co.presencia.spatial..",
                        "co.presencia.intervention..", "co.presencia.coverage..", "co.presencia.feature..", "co.presencia.map..",
                        "co.presencia.reference..", "co.presencia.text..", "co.presencia.error..")
                .should().dependOnClassesThat().resideInAPackage("co.presencia.application..")
                .because("the application core wires the domain; the domain does not know how it is wired")
                .check(CLASSES);
    }

    @Test
    void textIsLocaleSafe() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("case changes use Locale.ROOT (toLowerCase(Locale.ROOT))")
                .check(CLASSES);
    }
}
