package dev.attain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of architecture.md, enforced: values know nothing of files, formats or reports,
 * and each package uses only the layers below it. Uses ArchUnit's plain API inside ordinary
 * Jupiter tests.
 */
class ArchitectureTest {

    /**
     * The project's layers and the only arrows allowed between them: {@code model} uses
     * {@code quantity}; {@code eval}, {@code io} and {@code json} (the model's JSON form) use
     * {@code model}; {@code io} uses {@code json}; {@code report}, {@code stream} and
     * {@code testing} use {@code eval}, and {@code report} {@code json}; {@code store} uses {@code io};
     * {@code extract} uses {@code model}; the facade uses them all; {@code cli} (the command) may use
     * every layer and none uses it. Packages
     * not named here (added later) are not checked by this rule until they are added to it.
     */
    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("quantity").definedBy("dev.attain.quantity..")
                .layer("model").definedBy("dev.attain.model..")
                .layer("json").definedBy("dev.attain.json..")
                .layer("eval").definedBy("dev.attain.eval..")
                .layer("io").definedBy("dev.attain.io..")
                .layer("report").definedBy("dev.attain.report..")
                .layer("stream").definedBy("dev.attain.stream..")
                .layer("testing").definedBy("dev.attain.testing..")
                .layer("store").definedBy("dev.attain.store..")
                .layer("extract").definedBy("dev.attain.extract..")
                .layer("facade").definedBy("dev.attain")
                .layer("cli").definedBy("dev.attain.cli..")
                .whereLayer("quantity").mayNotAccessAnyLayer()
                .whereLayer("model").mayOnlyAccessLayers("quantity")
                .whereLayer("json").mayOnlyAccessLayers("quantity", "model")
                .whereLayer("eval").mayOnlyAccessLayers("quantity", "model")
                .whereLayer("io").mayOnlyAccessLayers("quantity", "model", "json")
                .whereLayer("report").mayOnlyAccessLayers("quantity", "model", "json", "eval")
                .whereLayer("stream").mayOnlyAccessLayers("quantity", "model", "eval")
                .whereLayer("testing").mayOnlyAccessLayers("quantity", "model", "eval")
                .whereLayer("store").mayOnlyAccessLayers("quantity", "model", "io")
                .whereLayer("extract").mayOnlyAccessLayers("quantity", "model")
                .whereLayer("facade").mayOnlyAccessLayers("quantity", "model", "eval", "io", "report", "stream",
                        "store")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer();
    }

    @Test
    void eachLayer_usesOnlyTheLayersBelowIt() {
        layers().check(classes);
    }

    @Test
    void aModelClassImportingEval_breaksTheLayers() {
        // dev.attain.model.LayerViolation (a test source) uses eval.Status: the rule must see it
        JavaClasses violating = new ClassFileImporter().importPackages("dev.attain.model", "dev.attain.eval");
        EvaluationResult result = layers().evaluate(violating);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("dev.attain.model.LayerViolation"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // ArchUnit knows Maven's tests only as target/test-classes; the Spark profile (mvn -Pspark
        // verify) builds into target/spark/, and its test-classes must stay out just the same
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
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
    void onlyIoReportsTheModelsJsonAndTheFacade_useJackson() {
        noClasses().that().resideOutsideOfPackages("dev.attain.io..", "dev.attain", "dev.attain.report..",
                        "dev.attain.json..")
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
    void store_dependsOnModelAndIoOnly() {
        classes().that().resideInAPackage("dev.attain.store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.attain.store..", "dev.attain.model..", "dev.attain.io..", "dev.attain.quantity..",
                        "java..", "javax.sql..", "com.google.common..", "org.jspecify..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void onlyIoAndReports_useFastExcel() {
        noClasses().that().resideOutsideOfPackages("dev.attain.io..", "dev.attain.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dhatim..")
                .check(classes);
    }

    @Test
    void onlyTheCommand_usesPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.attain.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void extract_dependsOnQuantityAndModelOnly() {
        classes().that().resideInAPackage("dev.attain.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.attain.extract..", "dev.attain.model..", "dev.attain.quantity..",
                        "java..", "com.google.common..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void onlyTesting_usesAssertJ() {
        noClasses().that().resideOutsideOfPackage("dev.attain.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.assertj..")
                .check(classes);
    }
}
