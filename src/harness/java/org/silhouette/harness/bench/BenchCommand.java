package org.silhouette.harness.bench;

import org.silhouette.cli.ConsoleProgress;
import org.silhouette.cli.HarnessCommand;
import org.silhouette.core.Cancellation;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.harness.PartsFlag;
import org.silhouette.harness.MachineInfo;
import org.silhouette.harness.ReportFlags;
import org.silhouette.layout.TsneOptions;
import org.silhouette.layout.UmapOptions;
import org.silhouette.session.LoopOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench}: every performance target, measured in one run, written as a Markdown section with the
 * machine and the command. Figures on a shared machine are noisy: compare ratios from the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the performance targets and write them into docs/BENCHMARKS.md.",
                "Parts (--only): loss, backbone, head, layout, loop, app-loop, render."})
public final class BenchCommand extends HarnessCommand {
    static final List<String> ALL = List.of("loss", "backbone", "head", "layout", "loop", "app-loop", "render");

    @Mixin
    PartsFlag only = new PartsFlag();

    @Option(names = "--backbone", paramLabel = "FILE",
            description = "TorchScript model for the backbone throughput (default: ../shared/models/mobilenetv2-imagenet).")
    Path backbone;

    @Option(names = "--tsne-rows", defaultValue = "2000", paramLabel = "N",
            description = "Rows for Smile's exact O(n²) t-SNE (default: ${DEFAULT-VALUE}; 10000 takes many minutes).")
    int tsneRows;

    @Option(names = "--no-umap-learn",
            description = "Skip umap-learn (src/tools/umap_baseline.py) beside our UMAP on the real features.")
    boolean noUmapLearn;

    @Mixin
    ReportFlags output = new ReportFlags("docs/BENCHMARKS.md");

    @Override
    protected int run() throws Exception {
        Set<String> parts = only.chosen(ALL, "bench");
        Report report = new Report(MachineInfo.describe(), commandLine());
        err().println("Benchmarking " + String.join(", ", parts) + " on " + report.machine().oneLine());
        if (parts.contains("loss")) {
            err().println("loss: forward+backward per loss...");
            report.losses(List.of(LossBenchmark.run(256, 16), LossBenchmark.run(1024, 16)));
        }
        if (parts.contains("backbone")) {
            Path model = backboneModel();
            if (model == null) {
                report.note("backbone", "skipped: no MobileNetV2 found (give --backbone FILE)");
            } else {
                err().println("backbone: MobileNetV2 throughput...");
                report.backbone(model, BackboneBenchmark.mobileNetV2(model, new ConsoleProgress(err()), Cancellation.NEVER));
            }
        }
        if (parts.contains("head")) {
            err().println("head: training epochs on 10k cached features...");
            report.head(List.of(TrainBenchmark.headEpoch10k(),
                    TrainBenchmark.headEpoch(10_000, 1280, 10,
                            TrainOptions.builder(LossKind.SILHOUETTE, 16).epochs(5).seed(1).build())));
        }
        if (parts.contains("layout")) {
            err().println("layout: UMAP, PCA, t-SNE...");
            LayoutBenchmark.Synthetic s = LayoutBenchmark.synthetic(10_000, 16, 10, 3);
            UmapOptions umap = UmapOptions.builder().seed(1).build();
            LayoutBenchmark.Result fresh = LayoutBenchmark.umap(s, umap);
            LayoutBenchmark.Result warm = LayoutBenchmark.umapWarm(s, umap.toBuilder().seed(2).build(),
                    org.silhouette.layout.Umap.fit(s.x(), umap, org.silhouette.core.Progress.NONE, Cancellation.NEVER)
                            .coordinates());
            LayoutBenchmark.Result pca = LayoutBenchmark.pca(s);
            LayoutBenchmark.Result tsne = LayoutBenchmark.tsne(LayoutBenchmark.synthetic(tsneRows, 16, 10, 3),
                    TsneOptions.defaults());
            report.layout(List.of(fresh, warm, pca, tsne));
            double[] wide = LayoutBenchmark.wideReduction(10_000, 1_280, 32);
            report.note("PCA of 10,000 × 1,280 features to 32 (the first map's reduction)", String.format(
                    java.util.Locale.ROOT, "Ours (axes from at most 5,000 rows, BLAS and LAPACK) %.2f s; Smile's PCA, "
                    + "used before, %.2f s: %.1f× faster (best of 3 each, alternating).", wide[0], wide[1],
                    wide[1] / wide[0]));
            realLayout(report);
        }
        LoopBenchmark.Result loop = null;
        if (parts.contains("loop") || parts.contains("app-loop")) {
            err().println("loop: lasso-label -> refreshed map on 10k images...");
            loop = LoopBenchmark.default10k();
            report.loop(loop, LoopOptions.defaults());
        }
        if (parts.contains("app-loop")) {
            err().println("app-loop: the same through the app's session, on 10k images written to disk...");
            Path dir = Files.createTempDirectory("silhouette-app-loop");
            try {
                report.appLoop(AppLoopBenchmark.run(dir, 10_000, 6, 0.2, 100), loop);
            } finally {
                org.silhouette.harness.stress.CrashTrials.deleteTree(dir);
            }
        }
        if (parts.contains("render")) {
            err().println("render: map frames (software pipeline)...");
            try {
                report.render(MapRenderBench.run(MapRenderBench.Options.DEFAULT));
            } catch (UserError e) {
                report.note("render", "skipped: " + e.getMessage());
            }
        }
        String markdown = report.markdown();
        output.publish(spec, markdown);
        return 0;
    }

    /** UMAP against umap-learn on CIFAR-10 features, when the shared data and backbone are there. */
    private void realLayout(Report report) throws java.io.IOException {
        String title = "UMAP on real features against umap-learn";
        Path folder = sharedRoot().resolve("data/cifar10/test");
        Path model = backboneModel();
        if (model == null || !Files.isDirectory(folder)) {
            report.note(title, "skipped: " + (model == null ? "no MobileNetV2 found (give --backbone FILE)"
                    : "no CIFAR-10 test images at " + folder + " (set -Dsilhouette.shared=DIR)"));
            return;
        }
        err().println("layout: CIFAR-10 features, our UMAP" + (noUmapLearn ? "" : " and umap-learn, alternating") + "...");
        CifarFeatures.Input in = CifarFeatures.load(folder, model, new ConsoleProgress(err()), Cancellation.NEVER);
        report.layoutReal(LayoutBenchmark.real(in, UmapOptions.builder().seed(1).build(), 2, !noUmapLearn), folder,
                model);
    }

    private static Path sharedRoot() {
        return Path.of(System.getProperty("silhouette.shared", "../shared"));
    }

    private Path backboneModel() {
        if (backbone != null) {
            if (!Files.exists(backbone)) {
                throw new UserError("No such backbone file: " + backbone);
            }
            return backbone;
        }
        Path shared = sharedRoot().resolve("models/mobilenetv2-imagenet/mobilenetv2-imagenet.pt");
        return Files.isRegularFile(shared) ? shared : null;
    }

    private String commandLine() {
        return "java -jar target/silhouette.jar bench" + only.echo()
                + (tsneRows == 2000 ? "" : " --tsne-rows " + tsneRows) + (noUmapLearn ? " --no-umap-learn" : "");
    }
}
