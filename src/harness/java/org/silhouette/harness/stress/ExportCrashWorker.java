package org.silhouette.harness.stress;

import org.silhouette.core.FloatMatrix;
import org.silhouette.project.Exporter;
import org.silhouette.project.ProjectStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of an export crash trial: labels one image, prints {@code ACK k}, exports the embeddings
 * pair over the same two files, prints {@code EXPORTED k}, and again, until killed. Export {@code k} writes
 * {@code k} into every matrix cell's integer part and every {@code x}, so the parent can tell which export
 * each file of a pair came from without trusting the pair's own note.
 * Arguments: project folder, output .npy, output .coords.csv, first k, last k.
 */
public final class ExportCrashWorker {
    static final int DIM = 128;
    static final int LABELS = 7;

    private ExportCrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path npy = Path.of(args[1]);
        Path csv = Path.of(args[2]);
        int first = Integer.parseInt(args[3]);
        int last = Integer.parseInt(args[4]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.open(project, null, ProjectStore.Options.defaults())) {
            int n = store.images().size();
            int[] ids = new int[LABELS];
            for (int l = 0; l < LABELS; l++) {
                String name = labelName(l);
                ids[l] = store.snapshot().labelNamed(name).orElseGet(() -> store.createLabel(name)).id();
            }
            out.println("READY");
            for (int k = first; k <= last; k++) {
                store.assign(new int[] {k % n}, ids[k % LABELS]);
                out.println("ACK " + k);
                Exporter.exportEmbeddings(store, fill(n, DIM, k), npy, coords(n, k), csv);
                out.println("EXPORTED " + k);
            }
        }
        out.println("DONE");
    }

    static String labelName(int l) {
        return "label-" + l;
    }

    private static FloatMatrix fill(int rows, int cols, int k) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = k + (i % 997) / 1000f;
        }
        return new FloatMatrix(rows, cols, v);
    }

    private static FloatMatrix coords(int rows, int k) {
        float[] v = new float[rows * 2];
        for (int i = 0; i < rows; i++) {
            v[2 * i] = k;
            v[2 * i + 1] = i;
        }
        return new FloatMatrix(rows, 2, v);
    }
}
