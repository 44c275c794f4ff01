package org.silhouette.harness.bench;

import org.silhouette.harness.MachineInfo;
import org.silhouette.session.LoopOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The {@code bench} command's Markdown: one table per part, each row with its target and verdict. */
final class Report {
    private final MachineInfo machine;
    private final String command;
    private final StringBuilder body = new StringBuilder();

    Report(MachineInfo machine, String command) {
        this.machine = machine;
        this.command = command;
    }

    MachineInfo machine() {
        return machine;
    }

    void note(String part, String text) {
        body.append("### ").append(part).append("\n\n").append(text).append("\n\n");
    }

    void losses(List<LossBenchmark.Result> results) {
        body.append("### Losses: forward+backward, median ms per batch (target: silhouette ≤ 1.5× triplet batch-hard)\n\n");
        LossBenchmark.Result first = results.getFirst();
        body.append("| loss |");
        results.forEach(r -> body.append(' ').append(r.batch()).append('×').append(r.dim()).append(" |"));
        body.append("\n|---|").append("---:|".repeat(results.size())).append('\n');
        for (String name : first.medianMs().keySet()) {
            body.append("| ").append(name).append(" |");
            for (LossBenchmark.Result r : results) {
                body.append(f(" %.2f |", r.medianMs().get(name)));
            }
            body.append('\n');
        }
        body.append("| **silhouette / triplet-hard** |");
        results.forEach(r -> body.append(f(" **%.2f** %s |", r.silhouetteOverTripletHard(),
                verdict(r.silhouetteOverTripletHard() <= 1.5))));
        body.append("\n| silhouette-mean / triplet-hard |");
        results.forEach(r -> body.append(f(" %.2f |", r.silhouetteMeanOverTripletHard())));
        body.append(f("\n\n%d classes per batch, %d timed rounds after warm-up, interleaved; device %s.\n\n",
                first.classes(), first.rounds(), first.device()));
    }

    void backbone(Path model, List<BackboneBenchmark.Result> results) {
        table("Backbone throughput: " + model.getFileName() + ", c5 tap, average pooled, against PyTorch from"
                        + " Python on the same file (target: DJL ≥ 1.0×)",
                "| input | batch | images | DJL img/s | PyTorch img/s | DJL / PyTorch | feature dim | device |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---|",
                results, r -> f("| %d px | %d | %d | %.1f | %s | %s | %d | %s |", r.size(), r.batch(), r.images(),
                        r.imagesPerSecond(), Double.isNaN(r.pythonImagesPerSecond()) ? "– (no python3 with torch)"
                                : f("%.1f", r.pythonImagesPerSecond()),
                        Double.isNaN(r.ratio()) ? "–" : f("**%.2f×** %s", r.ratio(), verdict(r.ratio() >= 1.0)),
                        r.featureDim(), r.device()));
        body.append(f("Best of %d alternating rounds each, batch 32, %d threads on both sides. DJL's figure includes"
                + " resizing and normalising the images; PyTorch's times the forward pass and pooling of a ready"
                + " tensor (src/tools/backbone_baseline.py), so the ratio favours PyTorch by that preprocessing's cost.%n%n",
                BackboneBenchmark.ROUNDS, PyTorchBaseline.threads()));
    }

    void head(List<TrainBenchmark.Result> results) {
        table("Head training on 10k cached features (target: an epoch < 1 s)",
                "| loss | d | features | batch | steps/epoch | first epoch s | median epoch s | verdict |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---|",
                results, r -> f("| %s | %d | %d | %d | %d | %.2f | %.2f | %s |", r.loss(), r.dim(), r.features(),
                        r.batchSize(), r.stepsPerEpoch(), r.firstEpochSeconds(), r.secondsPerEpoch(),
                        verdict(r.secondsPerEpoch() < 1.0)));
    }

    void layout(List<LayoutBenchmark.Result> results) {
        table("Layouts on synthetic data, 10 classes (target: UMAP on 10k×16 ≤ 10 s, every point placed)",
                "| method | variant | rows×cols | seconds | placed | 10-NN class purity |\n|---|---|---|---:|---:|---:|",
                results, r -> f("| %s | %s | %d×%d | %.2f | %d | %.3f |", r.method(), r.variant(), r.rows(),
                        r.cols(), r.seconds(), r.placed(), r.neighbourPurity()));
    }

    void layoutReal(LayoutBenchmark.RealResult r, Path folder, Path model) {
        CifarFeatures.Input in = r.input();
        body.append("### UMAP on real features against umap-learn (target: trustworthiness@10 within 0.005 of "
                + "umap-learn's, in less time)\n\n");
        body.append(f("%d images of %s through %s (c5 tap, %d px, average pooled, %d-d), PCA to %d-d by our `Pca`; "
                + "features %.1f s (feature cache), PCA %.1f s%s.\n\n", in.labels().length, folder,
                model.getFileName(), CifarFeatures.SIZE, in.featureDim(), in.x().cols(), in.embedSeconds(),
                in.pcaSeconds(), in.pcaFromCache() ? " (cached)" : ""));
        body.append("| layout | epochs | best s | every fit, s | trustworthiness@10 | 10-NN accuracy |\n"
                + "|---|---:|---:|---|---:|---:|\n");
        for (LayoutBenchmark.Fidelity x : r.umapLearn() == null ? List.of(r.ours()) : List.of(r.ours(), r.umapLearn())) {
            body.append(f("| %s | %d | %.2f | %s | %.4f | %.4f |\n", x.layout(), x.epochs(), x.best(),
                    String.join(", ", x.seconds().stream().map(v -> f("%.2f", v)).toList()), x.trustworthiness(),
                    x.knnAccuracy()));
        }
        body.append('\n');
        if (r.umapLearn() == null) {
            body.append(r.note()).append(".\n\n");
            return;
        }
        double gap = r.umapLearn().trustworthiness() - r.ours().trustworthiness();
        double ratio = r.umapLearn().best() / r.ours().best();
        body.append(f("umap-learn / ours, best times: **%.1f×**; trustworthiness gap (umap-learn − ours): **%+.4f** "
                + "%s. Fits alternate, ours first; both seeded, which makes umap-learn single-threaded; our k-NN uses "
                + "2 threads. Both maps are scored by our metrics, which match sklearn's (TrustworthinessTest).\n\n",
                ratio, gap, verdict(gap <= 0.005 && ratio > 1)));
    }

    void loop(LoopBenchmark.Result r, LoopOptions o) {
        body.append("### Lasso-label → refreshed map, 10k images (target ≤ 2 s)\n\n");
        body.append("| stage | seconds |\n|---|---:|\n");
        body.append(f("| train head (%s, d=%d, %d steps in a %.1f s budget) | %.2f |\n", o.loss(), o.dim(),
                r.trainSteps(), o.trainSeconds(), r.trainSeconds()));
        body.append(f("| re-embed %d images | %.2f |\n", r.rows(), r.embedSeconds()));
        body.append(f("| warm UMAP (%d epochs; head beside the backbone's view, weight %.3g) and, beside it, the"
                + " label spreading (suggestions, %.2f s of its own) | %.2f |\n", o.umapWarmEpochs(), o.anchorWeight(),
                r.suggestSeconds(), r.layoutSeconds()));
        body.append(f("| the suggestions asked for after the round | %.2f |\n", r.afterSeconds()));
        double rest = r.totalSeconds() - r.trainSeconds() - r.embedSeconds() - r.layoutSeconds() - r.afterSeconds();
        body.append(f("| the rest: doubtful labels, the structure term's row weights | %.2f |\n", rest));
        body.append(f("| **total** | **%.2f** %s |\n\n", r.totalSeconds(), verdict(r.totalSeconds() <= 2.0)));
        body.append(f("%d×%d synthetic features, %d labelled after a lasso of %d; set-up (first map and first round, "
                + "untimed) %.1f s. After the set-up round the structure target followed its labels (%d epochs, weight"
                + " %.3g) in %.2f s, untimed: the app does that once a round is shown, while the user looks.\n\n",
                r.rows(), r.features(), r.labelled(), r.lasso(), r.setupSeconds(),
                org.silhouette.layout.StructureMap.FOLLOW_EPOCHS, o.structureWeight(), r.followSeconds()));
    }

    void appLoop(AppLoopBenchmark.Result r, LoopBenchmark.Result bench) {
        body.append(f("### The same round in the app's own session, %,d synthetic images on disk (target ≤ 2 s)%n%n",
                r.images()));
        body.append("| step | seconds |\n|---|---:|\n");
        body.append(f("| open: scan and record the images | %.2f |%n", r.openSeconds()));
        body.append(f("| → the first points (a preview of the features so far; target ≤ 3 s) | %.2f %s |%n",
                r.firstPointsSeconds(), verdict(r.firstPointsSeconds() <= 3.0)));
        body.append(f("| first map: features (nothing cached) and UMAP | %.2f |%n", r.firstMapSeconds()));
        body.append(f("| `embed` on the same folder, same backbone, nothing cached (a JVM of its own) | %.2f |%n",
                r.embedSeconds()));
        body.append(f("| the same two again, the other way round: opening a fresh project to the full map, then `embed` |"
                + " %.2f, %.2f |%n", r.openToMapAgainSeconds(), r.embedAgainSeconds()));
        double toMap = r.bestOpenToMap();
        double embed = r.bestEmbed();
        body.append(f("| → opening to the full map over `embed`, best of two each (target ≤ 1.2×) | %.2f× %s |%n",
                toMap / embed, Double.isNaN(embed) ? "" : verdict(toMap <= 1.2 * embed)));
        body.append(f("| prepare the loop (the app does it in the background) | %.2f |%n", r.prepareSeconds()));
        body.append(f("| first round, fresh head (%,d labelled) | %.2f |%n", r.labelled() - r.lasso(),
                r.firstRoundSeconds()));
        body.append(f("| lasso of %d → the map moved | %.2f |%n", r.lasso(), r.movedSeconds()));
        body.append(f("| → the suggestions shown | **%.2f** %s |%n", r.suggestedSeconds(),
                verdict(r.suggestedSeconds() <= 2.0)));
        body.append(f("| → the quality figures shown | %.2f |%n", r.analysedSeconds()));
        body.append(f("| → the end of the round's work (the structure target follows the labels, for the next round)"
                + " | %.2f |%n%n", r.endSeconds()));
        body.append(f("Backbone: %s. The `loop` part above (same lasso, synthetic features, no store) took %.2f s to"
                + " the suggestions; the app's %.2f s is %.2f× that.%n%n", r.backbone(), bench.totalSeconds(),
                r.suggestedSeconds(), r.suggestedSeconds() / bench.totalSeconds()));
    }

    void render(List<MapRenderBench.Result> results) {
        table("Map rendering, software pipeline, 1280×720",
                "| scenario | wall ms/frame | process CPU ms/frame | target ms | verdict | dots/frame | thumbnails/frame |\n"
                        + "|---|---:|---:|---:|---|---:|---:|",
                results, r -> f("| %s | %.2f | %.2f | %.0f | %s | %d | %d |", r.scenario(), r.totalMsPerFrame(),
                        r.cpuMsPerFrame(), r.targetMs(), verdict(r.meetsTarget()), r.dotsPerFrame(), r.tilesPerFrame()));
    }

    /** A part's table: its heading, the header and alignment lines, one line per result. */
    private <T> void table(String title, String header, List<T> results, Function<T, String> line) {
        body.append("### ").append(title).append("\n\n").append(header).append('\n');
        results.forEach(r -> body.append(line.apply(r)).append('\n'));
        body.append('\n');
    }

    String markdown() {
        return "## Latest `bench` run (" + LocalDate.now() + ")\n\n"
                + "Machine: " + machine.oneLine() + f("; load average at the end %.2f.\n\n", MachineInfo.loadAverage())
                + "Command: `" + command + "`\n\n" + body;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
