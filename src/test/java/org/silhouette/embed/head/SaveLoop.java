package org.silhouette.embed.head;

import java.nio.file.Path;

/**
 * Child process for {@link KilledSaveTest}: copies two saved models into one folder, alternately, through
 * the same commit protocol as {@link EmbeddingModel#save}, until killed. It needs no DJL, so it starts fast.
 */
public final class SaveLoop {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ModelFiles.Loaded a = ModelFiles.load(Path.of(args[1]));
        ModelFiles.Loaded b = ModelFiles.load(Path.of(args[2]));
        ModelFiles.save(dir, a.config(), a.params(), ModelFiles.Hook.NONE);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            ModelFiles.Loaded next = i % 2 == 0 ? b : a;
            ModelFiles.save(dir, next.config(), next.params(), ModelFiles.Hook.NONE);
            System.out.println("saved");
            System.out.flush();
        }
    }
}
