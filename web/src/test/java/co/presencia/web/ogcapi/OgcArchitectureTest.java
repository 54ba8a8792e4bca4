package co.presencia.web.ogcapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The OGC API and map web packages only parse HTTP and write documents; the feature and map cores know no web. */
class OgcArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("co.presencia.web.ogcapi", "co.presencia.web.map", "co.presencia.feature", "co.presencia.map");

    @Test
    void webPackagesDoNotTouchJdbc() {
        noClasses().that().resideInAnyPackage("co.presencia.web.ogcapi..", "co.presencia.web.map..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void featureAndMapCoresDoNotKnowSpringOrServlets() {
        noClasses().that().resideInAnyPackage("co.presencia.feature..", "co.presencia.map..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }
}
