package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserPrefsTest {

    @Test
    void remembersRecentFoldersNewestFirstAndTheDownloadAnswer(@TempDir Path dir) throws Exception {
        UserPrefs p = UserPrefs.load(dir);
        assertEquals(UserPrefs.ZooAnswer.NOT_ASKED, p.zooAnswer());
        for (int i = 0; i < UserPrefs.MAX_RECENT + 2; i++) {
            p.addRecent(new UserPrefs.Recent(Path.of("/data/" + i), null));
        }
        p.addRecent(new UserPrefs.Recent(Path.of("/data/5"), null)); // again: moves to the front, no duplicate
        p.addRecent(new UserPrefs.Recent(null, Path.of("/p")));
        p.setZooAnswer(UserPrefs.ZooAnswer.NO);
        p.save();

        UserPrefs again = UserPrefs.load(dir);
        assertEquals(UserPrefs.ZooAnswer.NO, again.zooAnswer(), "asked once: the answer is kept");
        List<UserPrefs.Recent> r = again.recent();
        assertEquals(UserPrefs.MAX_RECENT, r.size());
        assertEquals(new UserPrefs.Recent(null, Path.of("/p")), r.get(0));
        assertEquals(new UserPrefs.Recent(Path.of("/data/5"), null), r.get(1));
        assertEquals(1, r.stream().filter(x -> Path.of("/data/5").equals(x.data())).count());
    }

    @Test
    void aDamagedFileGivesTheDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{not json");
        UserPrefs p = UserPrefs.load(dir);
        assertEquals(List.of(), p.recent());
        assertEquals(UserPrefs.ZooAnswer.NOT_ASKED, p.zooAnswer());
    }
}
