package co.presencia.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/architecture.md, checked on the compiled classes of both modules. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
    void textIsLocaleSafe() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("case changes use Locale.ROOT (toLowerCase(Locale.ROOT))")
                .check(CLASSES);
    }
}
