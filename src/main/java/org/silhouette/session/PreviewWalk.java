package org.silhouette.session;

/**
 * The preview's walk through the map's rows ({@link RowWalk}), held to the project and the rows it was opened on:
 * once the map shows other rows, or another project, its rows mean other images and the preview closes. It says
 * what the preview's caption shows: the image's file, its label or suggestion and size, where in the walk it is.
 */
public final class PreviewWalk {

    private final RowWalk walk;
    private final ProjectSession session;
    private final Rows rows;
    private String size = "";

    private PreviewWalk(RowWalk walk, ProjectSession session, Rows rows) {
        this.walk = walk;
        this.session = session;
        this.rows = rows;
    }

    /**
     * The walk a request to see map row {@code row} opens in project {@code ws} as {@code map} shows it: -1 (Space
     * with the cursor on no point) starts at the first selected row; null when there is nothing to show.
     */
    public static PreviewWalk opening(int row, ProjectSession ws, MapPresenter map) {
        RowWalk opened = RowWalk.opening(row, map.selection().toArray(), map.rows().count());
        return ws == null || opened == null ? null : new PreviewWalk(opened, ws, map.rows());
    }

    /** Whether {@code map} still shows the rows the walk was opened on. */
    public boolean sameRows(MapPresenter map) {
        return map.rows() == rows;
    }

    /** Whether {@code map} still shows the rows the walk was opened on, and of project {@code ws}. */
    public boolean stillShown(ProjectSession ws, MapPresenter map) {
        return ws == session && sameRows(map);
    }

    public ProjectSession session() {
        return session;
    }

    public int row() {
        return walk.row();
    }

    /** The image at the walk's row. */
    public int image() {
        return rows.image(walk.row());
    }

    /** Moves {@code delta} images on, wrapping around; the new image's size is not known yet. */
    public void step(int delta) {
        walk.step(delta);
        size = "";
    }

    /** The image's original size, once it is read ("unreadable" for a file that went bad). */
    public void sized(String text) {
        size = text;
    }

    public String name() {
        return session.imageName(image());
    }

    /** Its label, or suggestion with how sure it is, as {@code map} shows them now, and its size once known. */
    public String detail(MapPresenter map) {
        String what = map.shown().caption(walk.row());
        return size.isEmpty() ? what : what + "  ·  " + size;
    }

    /** Where in the walk, and the keys that move it. */
    public String position() {
        return walk.where() + "  ·  ← → previous / next  ·  Esc closes";
    }
}
