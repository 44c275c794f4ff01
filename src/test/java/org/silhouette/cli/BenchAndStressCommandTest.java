package org.silhouette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.GeneratedSection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchAndStressCommandTest {

    @Test
    void spliceReplacesOnlyTheGeneratedSection() {
        String doc = "# Benchmarks\n\nhand-written notes\n\n" + GeneratedSection.BEGIN + "\nold figures\n" + GeneratedSection.END
                + "\n\n## History\nkept\n";
        String out = GeneratedSection.splice(doc, "new figures\n");
        assertTrue(out.startsWith("# Benchmarks\n\nhand-written notes\n\n" + GeneratedSection.BEGIN + "\nnew figures\n"
                + GeneratedSection.END), out);
        assertTrue(out.endsWith("## History\nkept\n"), out);
        assertTrue(!out.contains("old figures"));
        String appended = GeneratedSection.splice("# Fresh\n", "figures\n");
        assertEquals("# Fresh\n\n" + GeneratedSection.BEGIN + "\nfigures\n" + GeneratedSection.END + "\n", appended);
    }

    @Test
    void unknownPartsAreOneLineErrors() {
        MainTest.Result bench = MainTest.run("bench", "--only", "warp-drive", "--out", "-");
        assertEquals(1, bench.code());
        assertEquals(1, bench.err().strip().lines().count(), bench.err());
        assertTrue(bench.err().contains("warp-drive"), bench.err());
        MainTest.Result stress = MainTest.run("stress", "--only", "everything", "--out", "-");
        assertEquals(1, stress.code());
        assertTrue(stress.err().contains("everything"), stress.err());
    }

    /** --help names every part --only takes: the same list the refusal of an unknown part gives. */
    @Test
    void helpListsTheParts() {
        for (String command : new String[] {"bench", "stress"}) {
            String refusal = MainTest.run(command, "--only", "nothing-such", "--out", "-").err().strip();
            String parts = refusal.substring(refusal.indexOf("choose from ") + "choose from ".length());
            String help = MainTest.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Parts (--only): " + parts), command + ": " + help);
        }
    }

    @Test
    void aSmallStressRunPassesAndWritesItsSection(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("RELIABILITY.md");
        Files.writeString(report, "# Reliability\n\nnotes\n");
        MainTest.Result r = MainTest.run("stress", "--only", "decode,scan,race", "--mutants", "60", "--files", "250",
                "--race-runs", "3", "--race-files", "60",
                "--work", dir.resolve("work").toString(), "--out", report.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(report);
        assertTrue(text.startsWith("# Reliability\n\nnotes\n"), text);
        assertTrue(text.contains("| streaming scan of a folder of small images | 250 files found of 250"), text);
        assertTrue(text.contains("0 exceptions escaped, 0 corpus files on the wrong side"), text);
        assertTrue(text.contains("| folder changing during scan and embed | 3 rounds") && text.contains("0 unaccounted")
                && text.contains(" 0 poisoned"), text);
        assertTrue(!text.contains("FAIL"), text);
    }
}
