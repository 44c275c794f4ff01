package org.silhouette.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadChecks;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.LoopOptions;

import java.util.Objects;

/**
 * A project's choices in the settings panel, stored as one JSON setting in the project.
 *
 * @param backbone what {@code --backbone} would take, or null for the bundled small CNN
 * @param tap the backbone output to read (negative counts from the end)
 * @param size input size in pixels; 0 = the backbone's own (the small CNN's training size, else 128)
 * @param dim embedding dimension of the head
 * @param autoRetrain whether a label change retrains the map by itself
 * @param anchor weight of the backbone's own view beside the head's when the map is refreshed
 *     ({@link LoopOptions#anchorWeight()}): 0 lets the labels alone shape the map
 */
public record ProjectSettings(String backbone, int tap, Pooling pooling, int size, LossKind loss, int dim, boolean autoRetrain,
        double anchor) {

    public static final String KEY = "app.settings";

    public ProjectSettings {
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(loss, "loss");
        if (backbone != null && backbone.isBlank()) {
            backbone = null;
        }
        if (size != 0 && (size < Introspection.MIN_SIZE || size > Introspection.MAX_SIZE)) {
            throw new IllegalArgumentException("the input size must be 0 (the backbone's own) or between "
                    + Introspection.MIN_SIZE + " and " + Introspection.MAX_SIZE + " pixels, got " + size);
        }
        HeadChecks.checkDim(dim);
        if (!(anchor >= 0) || anchor > MAX_ANCHOR) {
            throw new IllegalArgumentException("the anchor weight must be between 0 and " + MAX_ANCHOR + ", got "
                    + anchor);
        }
    }

    public static final double MAX_ANCHOR = 10;

    public ProjectSettings(String backbone, int tap, Pooling pooling, int size, LossKind loss, int dim, boolean autoRetrain) {
        this(backbone, tap, pooling, size, loss, dim, autoRetrain, LoopOptions.defaults().anchorWeight());
    }

    public static ProjectSettings defaults() {
        LoopOptions loop = LoopOptions.defaults();
        return new ProjectSettings(null, -1, Pooling.AVG, 0, loop.loss(), loop.dim(), true);
    }

    /** The stored settings, or the defaults for anything missing or unreadable. */
    public static ProjectSettings read(ProjectStore store) {
        return store.settings().get(KEY).map(ProjectSettings::fromJson).orElseGet(ProjectSettings::defaults);
    }

    public void write(ProjectStore store) {
        store.settings().put(KEY, toJson());
    }

    public static ProjectSettings fromJson(JsonNode n) {
        ProjectSettings d = defaults();
        try {
            return new ProjectSettings(n.hasNonNull("backbone") ? n.get("backbone").asText() : null,
                    n.path("tap").asInt(d.tap()),
                    n.has("pooling") ? Pooling.parse(n.get("pooling").asText()) : d.pooling(),
                    n.path("size").asInt(d.size()),
                    n.has("loss") ? LossKind.parse(n.get("loss").asText()) : d.loss(),
                    n.path("dim").asInt(d.dim()),
                    n.path("autoRetrain").asBoolean(d.autoRetrain()),
                    n.path("anchor").asDouble(d.anchor()));
        } catch (RuntimeException e) {
            return d; // a setting written by another version: start from the defaults rather than fail to open
        }
    }

    public JsonNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (backbone != null) {
            o.put("backbone", backbone);
        }
        o.put("tap", tap).put("pooling", pooling.id()).put("size", size).put("loss", loss.cliName()).put("dim", dim)
                .put("autoRetrain", autoRetrain).put("anchor", anchor);
        return o;
    }

    public Introspection introspection(int backboneOwnSize) {
        return new Introspection(tap, pooling, size == 0 ? backboneOwnSize : size);
    }

    public LoopOptions loopOptions() {
        return LoopOptions.builder().loss(loss).dim(dim).anchorWeight(anchor).build();
    }

    /** True when both give the same backbone features (so the feature cache and the map stay valid). */
    public boolean sameFeatures(ProjectSettings o) {
        return Objects.equals(backbone, o.backbone) && tap == o.tap && pooling == o.pooling && size == o.size;
    }

    public ProjectSettings withBackbone(String b) {
        return new ProjectSettings(b, tap, pooling, size, loss, dim, autoRetrain, anchor);
    }

    public ProjectSettings withAutoRetrain(boolean on) {
        return new ProjectSettings(backbone, tap, pooling, size, loss, dim, on, anchor);
    }

    /**
     * The settings to use and store once the Auto switch is turned {@code on}; null when nothing changes (it was
     * already so) or nothing may be stored (a read-only project).
     */
    public ProjectSettings autoSwitched(boolean on, boolean readOnly) {
        return autoRetrain == on || readOnly ? null : withAutoRetrain(on);
    }

    /** The input size typed in the panel, made usable: 0 (the backbone's own) or at least the smallest size read. */
    public static int chosenSize(int px) {
        return px != 0 && px < Introspection.MIN_SIZE ? Introspection.MIN_SIZE : px;
    }
}
