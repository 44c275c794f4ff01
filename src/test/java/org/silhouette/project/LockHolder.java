package org.silhouette.project;

import java.nio.file.Path;

/** A second "app instance" for the lock test: opens the project, says HELD, holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore s = ProjectStore.open(Path.of(args[0]), Path.of(args[1]), ProjectStore.Options.defaults())) {
            s.createLabel(args[2]);
            System.out.println("HELD");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
        System.out.println("RELEASED");
    }
}
