package org.silhouette;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline packages must stay usable headless: only {@code app} (and the harness, which drives it) may touch
 * JavaFX or ControlsFX. The measurement harness ({@code harness}: bench, stress) is built into the jar but no
 * production class may import it.
 */
class ArchitectureTest {

    private static final String HARNESS = "org.silhouette.harness..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.silhouette");

    @Test
    void onlyAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.silhouette.app..", HARNESS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(PRODUCTION);
    }

    @Test
    void coreDependsOnNoPipelineStage() {
        noClasses().that().resideInAPackage("org.silhouette.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.silhouette.data..", "org.silhouette.embed..", "org.silhouette.layout..",
                        "org.silhouette.metrics..", "org.silhouette.app..", "org.silhouette.cli..")
                .check(PRODUCTION);
    }

    @Test
    void pipelineDoesNotReachUpIntoAppOrCli() {
        noClasses().that().resideInAnyPackage("org.silhouette.core..", "org.silhouette.data..",
                        "org.silhouette.embed..", "org.silhouette.layout..", "org.silhouette.metrics..",
                        "org.silhouette.project..", "org.silhouette.session..", "org.silhouette.experiment..",
                        "org.silhouette.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.silhouette.app..", "org.silhouette.cli..")
                .check(PRODUCTION);
    }

    @Test
    void productionNeverImportsTheHarness() {
        assertTrue(PRODUCTION.contain("org.silhouette.harness.bench.BenchCommand"), "the harness is on the classpath");
        productionMustNotUseTheHarness().check(PRODUCTION);
    }

    @Test
    void theHarnessRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(HarnessUsingClass.class);
        assertThrows(AssertionError.class, () -> productionMustNotUseTheHarness().check(offender));
    }

    private static ArchRule productionMustNotUseTheHarness() {
        return noClasses().that().resideOutsideOfPackage(HARNESS)
                .should().dependOnClassesThat().resideInAPackage(HARNESS);
    }

    @Test
    void theRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(FxUsingClassOutsideApp.class);
        assertThrows(AssertionError.class, () ->
                noClasses().that().resideOutsideOfPackage("org.silhouette.app..")
                        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                        .check(offender));
    }

    /** Lives in the test tree on purpose, to prove the rule above is not vacuous. */
    static final class FxUsingClassOutsideApp {
        javafx.scene.paint.Color colour = javafx.scene.paint.Color.RED;
    }

    /** Likewise for the harness rule: a class outside the harness that calls into it. */
    static final class HarnessUsingClass {
        int group = org.silhouette.harness.stress.SyntheticFolder.groupOf("img-00001-g2.png");
    }
}
