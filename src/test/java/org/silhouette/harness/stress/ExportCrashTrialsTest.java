package org.silhouette.harness.stress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.data.ExportPair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: kill -9 a process that labels and exports the embeddings pair; no mismatched pair, no lost label. */
class ExportCrashTrialsTest {

    @Test
    void killedExportsLeaveNoMismatchedPairAndLoseNoLabel(@TempDir Path dir) throws Exception {
        ExportCrashTrials.Report r = ExportCrashTrials.run(4, 20261207L, dir, Progress.NONE, Cancellation.NEVER);
        System.out.println("[export-crash] " + r.summary());
        assertTrue(r.passed(), () -> String.join("\n", r.failures()));
        assertTrue(r.exports() > 0 && r.acknowledged() > 0, "the children never exported or labelled");
        assertEquals(4, r.consistent() + r.refused(), "every trial left a pair to check");
    }

    /** The checker fails a pair that passes the note check with files from two exports (a forged note). */
    @Test
    void theCheckerNoticesAnAcceptedMismatch(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("e.npy");
        Path csv = dir.resolve("e.coords.csv");
        Files.writeString(csv, "path,label,x,y\na.jpg,,2.0,0.0\n");
        byte[] bytes = Files.readAllBytes(csv);
        Npy.write(npy, new FloatMatrix(1, 1, new float[] {1.5f}), ExportPair.note(1, bytes));
        List<String> failures = new ArrayList<>();
        assertEquals(0, ExportCrashTrials.checkPair(0, npy, csv, failures));
        assertTrue(failures.getFirst().contains("mismatched pair accepted"), failures.toString());
    }
}
