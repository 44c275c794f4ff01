package org.silhouette.testing;

import org.silhouette.project.ImageRecord;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.List;

/** Small project stores for tests that need one on disk but not its images. */
public final class TestProjects {

    private TestProjects() {
    }

    /** The default project of {@code images} (its .silhouette folder) with one image, a.jpg, labelled {@code label}; open. */
    public static ProjectStore oneLabelledImage(Path images, String label) {
        ProjectStore s = ProjectStore.openFolder(images, ProjectStore.Options.defaults());
        s.syncImages(List.of(ImageRecord.of("a.jpg")), true);
        s.assign(new int[] {0}, s.createLabel(label).id());
        return s;
    }
}
