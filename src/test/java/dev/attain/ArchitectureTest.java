package dev.attain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of design.md, enforced: values know nothing of files, formats or reports.
 * Uses ArchUnit's plain API inside ordinary Jupiter tests.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.attain");
    }

    @Test
    void quantity_dependsOnNothingElseInTheProject() {
        classes().that().resideInAPackage("dev.attain.quantity..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.attain.quantity..", "java..", "com.google.common..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void modelAndEval_knowNeitherJacksonNorCsvNorIoNorReports() {
        noClasses().that().resideInAnyPackage("dev.attain.model..", "dev.attain.eval..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "tools.jackson..", "com.fasterxml.jackson..", "de.siegmar..",
                        "dev.attain.io..", "dev.attain.report..", "dev.attain.testing..")
                .check(classes);
    }

    @Test
    void onlyIoAndTheFacade_useJackson() {
        noClasses().that().resideOutsideOfPackages("dev.attain.io..", "dev.attain")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyIoTheFacadeAndReports_useFastCsv() {
        noClasses().that().resideOutsideOfPackages("dev.attain.io..", "dev.attain", "dev.attain.report..")
                .should().dependOnClassesThat().resideInAnyPackage("de.siegmar..")
                .check(classes);
    }

    @Test
    void onlyTesting_usesAssertJ() {
        noClasses().that().resideOutsideOfPackage("dev.attain.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.assertj..")
                .check(classes);
    }
}
