package org.silhouette.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectSettingsTest {

    @Test
    void roundTripsThroughTheProject(@TempDir Path dir) {
        ProjectSettings s = new ProjectSettings("/m/model.pt", 3, Pooling.FLATTEN, 64, LossKind.TRIPLET, 32, false, 2.5);
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            assertEquals(ProjectSettings.defaults(), ProjectSettings.read(store), "a new project has the defaults");
            s.write(store);
        }
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            assertEquals(s, ProjectSettings.read(store));
        }
    }

    @Test
    void theAnchorReachesTheLoop() {
        ProjectSettings s = new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.SILHOUETTE, 16, true, 0);
        assertEquals(0.0, s.loopOptions().anchorWeight(), "0: the labels alone shape the map");
        assertEquals(org.silhouette.session.LoopOptions.defaults().anchorWeight(),
                ProjectSettings.defaults().loopOptions().anchorWeight());
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings(null, -1, Pooling.AVG, 0,
                LossKind.SILHOUETTE, 16, true, ProjectSettings.MAX_ANCHOR + 1));
    }

    @Test
    void missingOrForeignValuesFallBackToTheDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ProjectSettings partial = ProjectSettings.fromJson(json.readTree("{\"dim\": 8}"));
        assertEquals(new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.SILHOUETTE, 8, true), partial);
        assertEquals(ProjectSettings.defaults(), ProjectSettings.fromJson(json.readTree("{\"loss\": \"no-such-loss\"}")));
        assertEquals(ProjectSettings.defaults(), ProjectSettings.fromJson(json.readTree("{\"dim\": 100000}")));
        assertEquals(ProjectSettings.defaults(), ProjectSettings.fromJson(json.readTree("{\"anchor\": -1}")));
    }

    @Test
    void defaultsAreTheSilhouetteLossWithAutoRetrain() {
        ProjectSettings d = ProjectSettings.defaults();
        assertEquals(LossKind.SILHOUETTE, d.loss());
        assertTrue(d.autoRetrain());
        assertEquals(0, d.size(), "the backbone's own input size");
        assertEquals(32, d.introspection(32).size());
        assertEquals(LossKind.SILHOUETTE, d.loopOptions().loss());
    }

    @Test
    void theAutoSwitchChangesTheSettingsOnlyWhereItFlipsAndMayBeStored() {
        ProjectSettings on = ProjectSettings.defaults().withAutoRetrain(true);
        assertEquals(on.withAutoRetrain(false), on.autoSwitched(false, false));
        assertNull(on.autoSwitched(true, false), "already on");
        assertNull(on.autoSwitched(false, true), "read-only: nothing is stored");
    }

    @Test
    void aTypedInputSizeIsTheBackbonesOwnOrAtLeastTheSmallest() {
        assertEquals(0, ProjectSettings.chosenSize(0));
        assertEquals(org.silhouette.embed.backbone.Introspection.MIN_SIZE, ProjectSettings.chosenSize(1));
        assertEquals(224, ProjectSettings.chosenSize(224));
    }

    @Test
    void onlyBackbonePartsChangeTheFeatures() {
        ProjectSettings d = ProjectSettings.defaults();
        assertTrue(d.sameFeatures(new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.CCE, 64, false)));
        assertFalse(d.sameFeatures(d.withBackbone("zoo:resnet18")));
        assertFalse(d.sameFeatures(new ProjectSettings(null, -1, Pooling.AVG, 64, d.loss(), d.dim(), true)));
    }

    @Test
    void rejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings(null, -1, Pooling.AVG, 8, LossKind.CCE, 16,
                true));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.CCE, 1,
                true));
        assertNull(new ProjectSettings("  ", -1, Pooling.AVG, 0, LossKind.CCE, 16, true).backbone(), "blank = default");
    }
}
