package org.silhouette.session;

import org.silhouette.core.Progress;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.project.ImageList;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scan found, recorded in the project: each scan entry (its position in scan order) and the image id
 * the store gave it. The one place where scan entries become image ids.
 *
 * @param entries the scanned images, in scan order
 * @param imageOfEntry each entry's image id; -1 for an entry a read-only window could not record
 */
record ScannedImages(List<ImageEntry> entries, int[] imageOfEntry) {

    /** Records the scanned images in the store (a full rescan: images not found are marked missing). */
    static ScannedImages record(ProjectStore store, Path root, List<ImageEntry> entries, List<Problem> problems,
            Progress progress) {
        int n = entries.size();
        List<ImageRecord> records = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            ImageEntry e = entries.get(k);
            records.add(new ImageRecord(FolderScan.relativeName(root, e.path()), e.size(), e.mtime(), null));
            if (k % 1024 == 0) {
                progress.update("Recording images", k, n);
            }
        }
        progress.update("Recording images", n, n);
        if (!store.isReadOnly()) {
            return new ScannedImages(entries, store.syncImages(records, true));
        }
        ImageList known = store.images();
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = known.indexOf(records.get(k).path());
            if (out[k] < 0) {
                problems.add(new Problem(entries.get(k).path(), "new since the project was last opened for writing;"
                        + " not shown in a read-only window"));
            }
        }
        return new ScannedImages(entries, out);
    }

    /** The entries that have an image id, in scan order. */
    List<ImageEntry> recorded() {
        List<ImageEntry> out = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            if (imageOfEntry[k] >= 0) {
                out.add(entries.get(k));
            }
        }
        return out;
    }

    /** The image ids of {@link #recorded()}, in the same order. */
    int[] recordedImages() {
        return java.util.Arrays.stream(imageOfEntry).filter(i -> i >= 0).toArray();
    }

    int count() {
        return entries.size();
    }
}
