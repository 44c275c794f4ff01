package org.silhouette.session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.silhouette.core.AtomicFiles;
import org.silhouette.project.ImageList;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project as one JSON manifest, for scripts that want more than a CSV: every image with its label, its
 * place on the map, the suggestion and its confidence, and the labels with their counts. Written whole or not
 * at all ({@link AtomicFiles}). Images without features (unreadable, gone) have no coordinates.
 *
 * <pre>{"format": "silhouette-manifest", "version": 1, "imageRoot": "...", "backbone": "...",
 *  "labels": [{"name": "cat", "colour": "#4e79a7", "images": 12}, ...],
 *  "images": [{"path": "a/b.jpg", "label": "cat", "x": 1.5, "y": -2.0, "suggestion": "cat",
 *              "confidence": 0.83, "contentHash": "..."}, ...]}</pre>
 */
final class ManifestExport {
    static final String FORMAT = "silhouette-manifest";
    static final int VERSION = 1;

    private ManifestExport() {
    }

    /**
     * @param shown the map and suggestions the window shows now (suggestions may be null: not computed yet)
     * @return the images written
     */
    static int write(Path file, LabelState st, Path imageRoot, String backbone, MapSnapshot shown) throws IOException {
        ImageList images = st.images();
        int[] rowOfImage = shown.rows().rowOfImage(st.imageCount());
        Map<Integer, Integer> counts = st.counts();
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // AtomicFiles syncs and closes it
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeStringField("imageRoot", imageRoot.toAbsolutePath().toString());
                g.writeStringField("backbone", backbone);
                g.writeArrayFieldStart("labels");
                for (LabelInfo l : st.labels()) {
                    g.writeStartObject();
                    g.writeStringField("name", l.name());
                    g.writeStringField("colour", String.format("#%06x", l.colour() & 0xFFFFFF));
                    g.writeNumberField("images", counts.getOrDefault(l.id(), 0));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("images");
                for (int i = 0; i < images.size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("path", images.path(i));
                    writeLabel(g, "label", st, st.labelOf(i));
                    int row = rowOfImage[i];
                    if (row >= 0) {
                        g.writeNumberField("x", shown.x()[row]);
                        g.writeNumberField("y", shown.y()[row]);
                        if (shown.suggested() != null && st.labelOf(i) == LabelState.NONE && shown.suggested()[row] >= 0) {
                            writeLabel(g, "suggestion", st, shown.suggested()[row]);
                            float confidence = shown.confidence()[row];
                            if (Float.isNaN(confidence)) {
                                g.writeNullField("confidence"); // unknown: one group named
                            } else {
                                g.writeNumberField("confidence", confidence);
                            }
                        }
                    }
                    String hash = images.record(i).hash();
                    if (hash != null) {
                        g.writeStringField("contentHash", hash);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
        return images.size();
    }

    private static void writeLabel(JsonGenerator g, String field, LabelState st, int id) throws IOException {
        if (id == LabelState.NONE) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, st.label(id).map(LabelInfo::name).orElse(null));
        }
    }
}
