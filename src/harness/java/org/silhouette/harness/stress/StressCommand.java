package org.silhouette.harness.stress;

import org.silhouette.app.GuiLauncher;
import org.silhouette.cli.ConsoleProgress;
import org.silhouette.cli.HarnessCommand;
import org.silhouette.cli.SeedFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.harness.PartsFlag;
import org.silhouette.harness.MachineInfo;
import org.silhouette.harness.ReportFlags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code stress}: the long variants of the robustness tests (hostile files, a huge folder, crash trials),
 * with their figures written into docs/RELIABILITY.md. Exits non-zero when any check failed.
 */
@Command(name = "stress", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the long robustness checks and write their figures into docs/RELIABILITY.md.",
                "Parts (--only): decode, scan, crash, export, race, fx."})
public final class StressCommand extends HarnessCommand {
    static final List<String> ALL = List.of("decode", "scan", "crash", "export", "race", "fx");

    @Mixin
    PartsFlag only = new PartsFlag();

    @Option(names = "--mutants", defaultValue = "5000", paramLabel = "N",
            description = "Randomly damaged images to decode (default: ${DEFAULT-VALUE}).")
    int mutants;

    @Option(names = "--files", defaultValue = "100000", paramLabel = "N",
            description = "Small images in the folder to scan (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--trials", defaultValue = "200", paramLabel = "N",
            description = "kill -9 crash trials against the project store (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--export-trials", defaultValue = "40", paramLabel = "N",
            description = "kill -9 trials while the embeddings export runs (default: ${DEFAULT-VALUE}).")
    int exportTrials;

    @Option(names = "--race-runs", defaultValue = "100", paramLabel = "N",
            description = "Scan-and-embed rounds while the folder changes under them (default: ${DEFAULT-VALUE}).")
    int raceRuns;

    @Option(names = "--race-files", defaultValue = "60", paramLabel = "N",
            description = "Files in the changing folder (default: ${DEFAULT-VALUE}).")
    int raceFiles;

    @Option(names = "--fx-images", defaultValue = "10000", paramLabel = "N",
            description = "Images the FX watchdog opens, embeds and trains on (default: ${DEFAULT-VALUE}).")
    int fxImages;

    @Mixin
    SeedFlag seed = new SeedFlag(1);

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, removed).")
    Path work;

    @Mixin
    ReportFlags output = new ReportFlags("docs/RELIABILITY.md");

    @Override
    protected int run() throws Exception {
        Set<String> parts = only.chosen(ALL, "stress");
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("silhouette-stress") : work;
        ConsoleProgress progress = new ConsoleProgress(err());
        StringBuilder md = new StringBuilder();
        boolean passed = true;
        try {
            if (parts.contains("decode")) {
                DecodeFuzz.Report r = DecodeFuzz.run(dir.resolve("decode"), mutants, seed.value(), progress, Cancellation.NEVER);
                progress.done();
                passed &= r.passed();
                md.append(f("| hostile and damaged files decoded | %,d tried: %,d decoded, %,d listed as problems; "
                        + "%d exceptions escaped, %d corpus files on the wrong side; slowest %.0f ms (%s) | %s |%n",
                        r.tried(), r.decoded(), r.problems(), r.escaped(), r.corpusMismatches(), r.worstMillis(),
                        r.worstFile(), verdict(r.passed())));
                r.failures().stream().limit(5).forEach(line -> err().println("decode: " + line));
            }
            if (parts.contains("scan")) {
                ScanStress.Report r = ScanStress.run(dir.resolve("scan"), files, progress, Cancellation.NEVER);
                progress.done();
                boolean ok = r.found() == r.files() && r.problems() == 0;
                passed &= ok;
                md.append(f("| streaming scan of a folder of small images | %,d files found of %,d in %.1f s (created in "
                        + "%.1f s); heap peak ≤ %.0f MB; %,d progress updates | %s |%n", r.found(), r.files(),
                        r.scanSeconds(), r.createSeconds(), r.peakHeapMb(), r.progressUpdates(), verdict(ok)));
            }
            if (parts.contains("crash")) {
                CrashTrials.Report r = CrashTrials.run(trials, seed.value(), dir.resolve("crash"), progress, Cancellation.NEVER);
                progress.done();
                passed &= r.passed();
                md.append("| kill -9 while labelling, then reopen | ").append(r.summary()).append(" | ")
                        .append(verdict(r.passed())).append(" |\n");
                r.failures().stream().limit(5).forEach(line -> err().println("crash: " + line));
            }
            if (parts.contains("export")) {
                ExportCrashTrials.Report r = ExportCrashTrials.run(exportTrials, seed.value(), dir.resolve("export"), progress,
                        Cancellation.NEVER);
                progress.done();
                passed &= r.passed();
                md.append("| kill -9 while exporting embeddings and labelling, then check the pair | ")
                        .append(r.summary()).append(" | ").append(verdict(r.passed())).append(" |\n");
                r.failures().stream().limit(5).forEach(line -> err().println("export: " + line));
            }
            if (parts.contains("race")) {
                FileChangeRace.Report r = FileChangeRace.run(dir.resolve("race"), raceRuns, raceFiles, seed.value(), progress,
                        Cancellation.NEVER);
                progress.done();
                passed &= r.passed();
                md.append("| folder changing during scan and embed | ").append(r.summary()).append(" | ")
                        .append(verdict(r.passed())).append(" |\n");
            }
            if (parts.contains("fx")) {
                if (!GuiLauncher.displayAvailable()) {
                    md.append("| FX thread while a folder is embedded and the head trains | skipped: no display "
                            + "(run under xvfb-run) | — |\n");
                } else {
                    FxStallCheck.Result r = FxStallCheck.run(dir.resolve("fx"), fxImages, null, -1, "avg", 0,
                            Duration.ofMinutes(30));
                    boolean ok = r.busyOver100() == 0;
                    passed &= ok;
                    md.append("| FX thread while a folder is embedded and the head trains | ").append(r.describe())
                            .append(" | ").append(verdict(ok)).append(" |\n");
                }
            }
        } finally {
            if (temporary) {
                CrashTrials.deleteTree(dir);
            }
        }
        String section = "## Latest `stress` run (" + LocalDate.now() + ")\n\n"
                + "Machine: " + MachineInfo.describe().oneLine() + "\n\n"
                + "Command: `java -jar target/silhouette.jar stress" + flags() + "`\n\n"
                + "| check | result | verdict |\n|---|---|---|\n" + md + "\n";
        output.publish(spec, section);
        return passed ? 0 : 1;
    }

    private String flags() {
        return only.echo() + " --mutants " + mutants + " --files " + files
                + " --trials " + trials + " --export-trials " + exportTrials + " --race-runs " + raceRuns + " --race-files " + raceFiles
                + " --fx-images " + fxImages + " --seed " + seed.value();
    }

    private static String verdict(boolean ok) {
        return ok ? "pass" : "**FAIL**";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
