package org.silhouette.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.AtomicFiles;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.embed.backbone.ModelDownloader;
import org.silhouette.embed.backbone.ZooModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the app remembers across projects, in one JSON file: recently opened folders and the answer to the
 * one-time offer to download the ImageNet ResNet. Reads never fail (a damaged file means defaults); saving
 * is atomic and is done off the FX thread.
 */
public final class UserPrefs {

    /** A folder (and the project chosen for it, if not the default) opened before. */
    public record Recent(Path data, Path project) {
        public static Recent of(OpenRequest r) {
            return new Recent(r.data() == null ? null : r.data().toAbsolutePath().normalize(),
                    r.project() == null ? null : r.project().toAbsolutePath().normalize());
        }

        public String label() {
            return data != null ? data.toString() + (project != null ? "  (project " + project + ")" : "")
                    : "project " + project;
        }
    }

    /** The answer to "download the ImageNet ResNet?": asked once. */
    public enum ZooAnswer { NOT_ASKED, YES, NO }

    public static final int MAX_RECENT = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Recent> recent = new ArrayList<>();
    private ZooAnswer zoo = ZooAnswer.NOT_ASKED;

    private UserPrefs(Path file) {
        this.file = file;
    }

    /** {@code -Dsilhouette.configDir}, else {@code $XDG_CONFIG_HOME/silhouette}, else {@code ~/.config/silhouette}. */
    public static Path defaultDir() {
        String prop = System.getProperty("silhouette.configDir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("silhouette");
    }

    public static UserPrefs load(Path dir) {
        UserPrefs p = new UserPrefs(dir.resolve("settings.json"));
        try {
            if (Files.isRegularFile(p.file)) {
                JsonNode root = JSON.readTree(p.file.toFile());
                for (JsonNode r : root.path("recent")) {
                    Path data = r.hasNonNull("data") ? Path.of(r.get("data").asText()) : null;
                    Path project = r.hasNonNull("project") ? Path.of(r.get("project").asText()) : null;
                    if (data != null || project != null) {
                        p.recent.add(new Recent(data, project));
                    }
                }
                p.zoo = switch (root.path("zooDownload").asText("")) {
                    case "yes" -> ZooAnswer.YES;
                    case "no" -> ZooAnswer.NO;
                    default -> ZooAnswer.NOT_ASKED;
                };
            }
        } catch (IOException | RuntimeException e) {
            p.recent.clear(); // unreadable: start afresh, it only holds conveniences
        }
        return p;
    }

    public synchronized List<Recent> recent() {
        return List.copyOf(recent);
    }

    public synchronized void addRecent(Recent r) {
        recent.removeIf(x -> Objects.equals(x.data(), r.data()) && Objects.equals(x.project(), r.project()));
        recent.addFirst(r);
        while (recent.size() > MAX_RECENT) {
            recent.removeLast();
        }
    }

    public synchronized ZooAnswer zooAnswer() {
        return zoo;
    }

    public synchronized void setZooAnswer(ZooAnswer a) {
        zoo = a;
    }

    /** Whether the ResNet may be used without asking: the user agreed before, or it is on disk already. */
    public boolean zooAllowed() {
        return zooAnswer() == ZooAnswer.YES || zooCached();
    }

    /** Whether to offer the ResNet unprompted: never asked, and not on disk. */
    public boolean zooUnasked() {
        return zooAnswer() == ZooAnswer.NOT_ASKED && !zooCached();
    }

    private static boolean zooCached() {
        return Files.isRegularFile(ModelDownloader.cachedPath(ZooModels.RESNET18, Backbones.defaultModelCache()));
    }

    /**
     * {@link #save}, where a failure is let go: the file holds only conveniences, and an answer that is not
     * saved is asked again next time.
     */
    public void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            // nothing else depends on the file
        }
    }

    /** Writes the file; call off the FX thread. */
    public void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        synchronized (this) {
            ArrayNode list = root.putArray("recent");
            for (Recent r : recent) {
                ObjectNode o = list.addObject();
                if (r.data() != null) {
                    o.put("data", r.data().toString());
                }
                if (r.project() != null) {
                    o.put("project", r.project().toString());
                }
            }
            if (zoo != ZooAnswer.NOT_ASKED) {
                root.put("zooDownload", zoo == ZooAnswer.YES ? "yes" : "no");
            }
        }
        AtomicFiles.writeBytes(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
