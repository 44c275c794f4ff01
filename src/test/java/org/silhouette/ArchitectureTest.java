package org.silhouette;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The pipeline packages must stay usable headless: only {@code app} may touch JavaFX or ControlsFX. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.silhouette");

    @Test
    void onlyAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.silhouette.app..")
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
                        "org.silhouette.project..", "org.silhouette.session..", "org.silhouette.experiment..", "org.silhouette.render..",
                        "org.silhouette.stress..")
                .should().dependOnClassesThat().resideInAnyPackage("org.silhouette.app..", "org.silhouette.cli..")
                .check(PRODUCTION);
    }

    @Test
    void theRuleCatchesAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(FxUsingClassOutsideApp.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () ->
                noClasses().that().resideOutsideOfPackage("org.silhouette.app..")
                        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                        .check(offender));
    }

    /** Lives in the test tree on purpose, to prove the rule above is not vacuous. */
    static final class FxUsingClassOutsideApp {
        javafx.scene.paint.Color colour = javafx.scene.paint.Color.RED;
    }
}
