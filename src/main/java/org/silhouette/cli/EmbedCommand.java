package org.silhouette.cli;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Cancellation;
import org.silhouette.core.RowWriter;
import org.silhouette.core.UserError;
import org.silhouette.data.Csv;
import org.silhouette.data.EmbeddingIndex;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.embed.FeatureExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code embed}: scans a folder, runs a backbone over every image (features cached by content), and
 * writes X.npy [N, D] float32, X.index.csv ({@code path,label} per row) and X.problems.csv
 * ({@code path,reason} per skipped file). Paths in both CSVs are relative to --data.
 */
@Command(name = "embed", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Turn a folder of images into a feature matrix with a CNN backbone.")
public final class EmbedCommand extends Subcommand {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of images (scanned recursively).")
    Path data;

    @Mixin
    BackboneFlags backbone = new BackboneFlags(128);

    @Option(names = "--no-cache", description = "Neither read nor write the feature cache.")
    boolean noCache;

    @Option(names = "--batch", defaultValue = "32", paramLabel = "B", description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--labels-from", paramLabel = "folders|none",
            description = "Label each image by its first sub-folder under DIR (ImageFolder layout), or not at all "
                    + "(default: folders, or none when --labels-csv is given).")
    String labelsFrom;

    @Option(names = "--labels-csv", paramLabel = "FILE", description = "A path,label CSV; paths relative to DIR or absolute.")
    Path labelsCsv;

    @Option(names = "--background", defaultValue = "white", paramLabel = "white|black",
            description = "Colour transparent pixels are composited over (default: ${DEFAULT-VALUE}).")
    String background;

    @Option(names = "--download", description = "Allow downloading a zoo or https: backbone that is not cached yet.")
    boolean download;

    @Option(names = "--out", required = true, paramLabel = "X.npy", description = "Feature matrix to write (.npy, or .csv).")
    Path out;

    @Override
    protected int run() throws IOException {
        long t0 = System.nanoTime();
        backbone.introspection(); // refuse bad backbone flags before the scan
        if (batch < 1) {
            throw new UserError("--batch must be at least 1, got " + batch + ".");
        }
        Outputs files = Outputs.of(out);
        Path root = data.toAbsolutePath().normalize();
        ConsoleProgress progress = new ConsoleProgress(err());

        FolderScan.Result scan = FolderScan.scan(root,
                new FolderScan.Options(folderLabels(), labelsCsv, false), progress, Cancellation.NEVER);
        progress.done();
        List<Problem> problems = new ArrayList<>(scan.problems());
        if (scan.images().isEmpty()) {
            ProblemsCsv.write(files.problems(), root, problems);
            throw new UserError("No images (jpg, jpeg, png, bmp, gif, tif, tiff) found under " + root + ".");
        }
        err().println("Found " + scan.images().size() + " images" + labelSummary(scan.images()) + ".");

        FeatureExtractor.Options defaults = FeatureExtractor.Options.defaults();
        FeatureExtractor.Options opts = new FeatureExtractor.Options(batch, defaults.decodeThreads(),
                defaults.maxSideFactor(), backgroundRgb(), defaults.flushEvery());
        boolean npy = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
        String runId = EmbeddingIndex.newRunId();
        int inputs = scan.images().size();
        // rows go to disk batch by batch, so memory grows with the batch, not with the folder
        Embedded done = backbone.withFeatures(err(), download, !noCache, (net, fc, extracting) -> {
            try (RowWriter matrix = RowWriter.open(out, net.featureDim(), inputs,
                    npy ? EmbeddingIndex.expectedNote(runId, inputs) : null)) {
                FeatureExtractor.Streamed r = FeatureExtractor.stream(scan.images(), net, fc, opts, (entry, row) ->
                        matrix.append(row), extracting, Cancellation.NEVER);
                extracting.done();
                problems.addAll(r.problems());
                ProblemsCsv.write(files.problems(), root, problems);
                if (r.embedded().isEmpty()) {
                    throw new UserError("No image could be embedded; the " + problems.size() + " reasons are in "
                            + files.problems() + ".");
                }
                // index first, then the matrix that names it: an interrupted run leaves a pair the readers refuse
                List<String> paths = r.embedded().stream().map(e -> FolderScan.relativeName(root, e.path())).toList();
                writeIndex(files.index(), paths, r.embedded());
                if (matrix.rows() != paths.size()) {
                    throw new IllegalStateException(matrix.rows() + " rows but " + paths.size() + " index paths");
                }
                matrix.commit(npy ? EmbeddingIndex.note(runId, paths) : null);
                return new Embedded(r, net.featureDim());
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        err().printf(Locale.ROOT, "Embedded %d images as %d-d features (%d from cache, %d computed) in %.1f s.%n",
                done.rows().embedded().size(), done.dim(), done.rows().cacheHits(), done.rows().computed(), secs);
        err().println("Wrote " + out + ", " + files.index() + (problems.isEmpty() ? "" : ", and " + files.problems()
                + " (" + problems.size() + " skipped)") + ".");
        return 0;
    }

    private record Embedded(FeatureExtractor.Streamed rows, int dim) {
    }

    private FolderScan.FolderLabels folderLabels() {
        if (labelsFrom == null) {
            return labelsCsv != null ? FolderScan.FolderLabels.NONE : FolderScan.FolderLabels.FIRST_SUBFOLDER;
        }
        return Choice.of("--labels-from", labelsFrom, "folders", FolderScan.FolderLabels.FIRST_SUBFOLDER, "none",
                FolderScan.FolderLabels.NONE);
    }

    private int backgroundRgb() {
        return Choice.of("--background", background, "white", ImageDecoder.WHITE, "black", ImageDecoder.BLACK);
    }

    private static String labelSummary(List<ImageEntry> images) {
        long labelled = images.stream().filter(ImageEntry::isLabelled).count();
        long classes = images.stream().filter(ImageEntry::isLabelled).map(ImageEntry::label).distinct().count();
        return labelled == 0 ? ", unlabelled" : ", " + labelled + " labelled in " + classes + " classes";
    }

    private static void writeIndex(Path file, List<String> paths, List<ImageEntry> rows) throws IOException {
        StringBuilder sb = new StringBuilder("path,label\n");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(Csv.row(paths.get(i), rows.get(i).label())).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** X.npy → X.index.csv and X.problems.csv beside it. */
    record Outputs(Path index, Path problems) {
        static Outputs of(Path out) {
            String name = out.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".npy") && !lower.endsWith(".csv")) {
                throw new UserError("--out must end in .npy or .csv, got " + out + ".");
            }
            String base = name.substring(0, name.length() - 4);
            Path dir = out.toAbsolutePath().getParent();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserError("Cannot write " + out + ": " + dir + " is not a folder.");
            }
            return new Outputs(dir.resolve(base + ".index.csv"), dir.resolve(base + ".problems.csv"));
        }
    }
}
