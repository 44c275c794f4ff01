package org.silhouette.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.testing.TestProjects;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The store's place in the architecture, and issue 5's "project files are JSON or SQLite, no deserialisation". */
class ProjectRulesTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.silhouette");

    private static final ArchRule NO_JAVA_SERIALISATION = noClasses()
            .should().dependOnClassesThat().areAssignableTo(ObjectInputStream.class)
            .orShould().dependOnClassesThat().areAssignableTo(ObjectOutputStream.class)
            .because("project files are JSON or SQLite; Java deserialisation of files is a code-execution risk");

    private static final ArchRule NO_JACKSON_DEFAULT_TYPING = noClasses()
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("Jackson polymorphic default typing") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTarget().getName().matches("(activate|enable)DefaultTyping.*");
                }
            })
            .because("class names read from JSON must never choose what gets instantiated");

    @Test
    void theStoreDependsOnlyOnCoreAndData() {
        noClasses().that().resideInAPackage("org.silhouette.project..")
                .should().dependOnClassesThat().resideInAnyPackage("org.silhouette.embed..", "org.silhouette.layout..",
                        "org.silhouette.metrics..", "org.silhouette.session..", "org.silhouette.app..",
                        "org.silhouette.cli..", "javafx..", "org.controlsfx..")
                .check(PRODUCTION);
    }

    @Test
    void nothingUsesJavaSerialisationOrJacksonDefaultTyping() {
        NO_JAVA_SERIALISATION.check(PRODUCTION);
        NO_JACKSON_DEFAULT_TYPING.check(PRODUCTION);
    }

    @Test
    void theRulesCatchOffenders() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Deserialiser.class, TypingEnabler.class);
        assertThrows(AssertionError.class, () -> NO_JAVA_SERIALISATION.check(offenders));
        assertThrows(AssertionError.class, () -> NO_JACKSON_DEFAULT_TYPING.check(offenders));
    }

    @Test
    void aProjectFolderHoldsOnlySqliteAndJson(@TempDir Path dir) throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        try (ProjectStore s = TestProjects.oneLabelledImage(images, "a")) {
            s.settings().put("x", new ObjectMapper().readTree("{\"k\":1}"));
            checkFiles(s.paths().dir()); // while open: db, -wal, -shm, lock, owner.json
        }
        checkFiles(images.resolve(ProjectPaths.DEFAULT_NAME));
    }

    private static void checkFiles(Path projectDir) throws IOException {
        byte[] sqlite = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(projectDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                byte[] bytes = Files.readAllBytes(f);
                switch (name) {
                    case "project.db" -> assertTrue(Arrays.equals(sqlite, Arrays.copyOf(bytes, 16)), name);
                    case "project.db-wal" -> assertTrue(bytes.length == 0 || (bytes[0] == 0x37 && bytes[1] == 0x7f
                            && bytes[2] == 0x06 && (bytes[3] & 0xfe) == 0x82), "SQLite WAL magic");
                    case "project.db-shm" -> { } // SQLite's own shared-memory index, rebuilt from the WAL
                    case "lock" -> assertEquals(0, bytes.length, "the lock file holds nothing");
                    case "owner.json" -> new ObjectMapper().readTree(bytes);
                    default -> fail("unexpected file in the project folder: " + name);
                }
            }
        }
    }

    /** Test-tree offenders proving the rules above are not vacuous. */
    static final class Deserialiser {
        Object read(java.io.InputStream in) throws IOException, ClassNotFoundException {
            return new ObjectInputStream(in).readObject();
        }
    }

    static final class TypingEnabler {
        @SuppressWarnings("deprecation")
        ObjectMapper mapper() {
            return new ObjectMapper().enableDefaultTyping();
        }
    }
}
