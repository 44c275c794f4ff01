package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Any TorchScript model taking [N, 3, H, W] ImageNet-normalised RGB. When the model returns a tuple,
 * {@link Introspection#tap()} picks the output. TorchScript backbones stay frozen: Silhouette fine-tunes
 * only its own head on their cached features (and the small CNN, which is built from DJL blocks).
 * Opening runs one forward pass on a blank image, so a wrong tap or size fails before any real work.
 */
public final class TorchScriptBackbone extends ModelBackbone {
    private final Path file;
    private final int tap;
    private final int outputs;

    private TorchScriptBackbone(Model model, Path file, Introspection intro, String weightsHash) {
        int n;
        int t;
        int dim;
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDList probe = outputs(model, blankInput(intro, scope), scope);
            n = probe.size();
            t = intro.resolveTap(n);
            dim = Math.toIntExact(intro.pooling().apply(probe.get(t)).getShape().get(1));
        }
        this.file = file;
        this.outputs = n;
        this.tap = t;
        super(model, intro, dim, "torchscript sha256=" + weightsHash + " tap=" + t + "/" + n + inputFingerprint(intro));
    }

    /** Loads a TorchScript file (or the single .pt in a folder) onto the preferred device. */
    public static TorchScriptBackbone open(Path fileOrDir, Introspection intro) throws IOException {
        return open(fileOrDir, intro, Devices.preferred());
    }

    public static TorchScriptBackbone open(Path fileOrDir, Introspection intro, Device device) throws IOException {
        Path file = torchScriptFile(fileOrDir);
        String hash = Sha256.hex(Sha256.of(file));
        Model model = Model.newInstance(file.getFileName().toString(), device, "PyTorch");
        try {
            model.load(file);
            return new TorchScriptBackbone(model, file, intro, hash);
        } catch (MalformedModelException | EngineException e) {
            model.close();
            throw new UserError(file + " is not a TorchScript model DJL can load (" + firstLine(e.getMessage()) + ").", e);
        } catch (RuntimeException e) {
            model.close();
            if (e instanceof UserError) {
                throw e;
            }
            throw new UserError(file + " failed on a " + intro.size() + "×" + intro.size() + " test image ("
                    + firstLine(e.getMessage()) + "); is it an image model taking [N, 3, H, W]?", e);
        }
    }

    @Override
    NDArray atTap(NDArray input, NDManager scope) {
        return intro.pooling().apply(outputs(model, input, scope).get(tap));
    }

    /** Runs the model; every output lives in {@code scope}. */
    private static NDList outputs(Model model, NDArray input, NDManager scope) {
        NDList out = model.getBlock().forward(new ParameterStore(scope, false), new NDList(input), false);
        out.attach(scope);
        return out;
    }

    /** How many outputs the model returns (5 for the shared MobileNetV2: c2, c3, c4, c5, logits). */
    public int outputCount() {
        return outputs;
    }

    @Override
    public String describe() {
        return "TorchScript " + file.getFileName() + ", output " + tap + " of " + outputs + inputDescription();
    }

    /** A .pt/.pth/.torchscript file itself, or the single such file inside a folder. */
    private static Path torchScriptFile(Path fileOrDir) throws IOException {
        if (Files.isRegularFile(fileOrDir)) {
            return fileOrDir;
        }
        if (!Files.isDirectory(fileOrDir)) {
            throw new UserError("No such backbone file or folder: " + fileOrDir);
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(fileOrDir)) {
            candidates = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (n.endsWith(".pt") || n.endsWith(".pth") || n.endsWith(".torchscript"));
            }).sorted().toList();
        }
        if (candidates.size() != 1) {
            throw new UserError(fileOrDir + " holds " + candidates.size()
                    + " TorchScript files (.pt); name the file itself with --backbone.");
        }
        return candidates.getFirst();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
