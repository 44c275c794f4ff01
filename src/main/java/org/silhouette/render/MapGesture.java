package org.silhouette.render;

/**
 * What the mouse and the Space key mean on the map, without the toolkit: a left drag draws a lasso (or
 * rectangle) that selects, a right or middle drag, or a left drag while Space is held, pans; a press released
 * within {@value #CLICK_SLOP} px of where it started is a click. Shift or Alt, at the press or the release, add
 * to or subtract from the selection. Space released within {@link #SPACE_TAP_NANOS} with nothing dragged
 * meanwhile is a tap, which asks for the point under the cursor.
 */
public final class MapGesture {

    /** What the button held down does. */
    public enum Kind { NONE, SELECT, PAN }

    /** Movement under this many pixels between press and release is a click, not a drag. */
    public static final double CLICK_SLOP = 4;
    /** Space released sooner than this, with no drag meanwhile, is a tap (held longer, it meant to pan). */
    public static final long SPACE_TAP_NANOS = 500_000_000L;

    private final LassoPath lasso = new LassoPath();
    private Kind kind = Kind.NONE;
    private boolean spaceDown;
    private boolean spaceUsed;
    private long spaceSince;
    private boolean moved;
    private boolean shiftAtPress;
    private boolean altAtPress;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    public Kind kind() {
        return kind;
    }

    /** The lasso of the selecting drag, in screen pixels. */
    public LassoPath lasso() {
        return lasso;
    }

    public boolean spaceDown() {
        return spaceDown;
    }

    /** Whether the drag went further than a click. */
    public boolean moved() {
        return moved;
    }

    /**
     * A button pressed at (x, y): {@code panButton} (right or middle) pans, the primary button pans while Space
     * is held and otherwise starts a lasso (a rectangle with {@code rectangle}). Returns what it started: NONE
     * for another button, which changes nothing.
     */
    public Kind press(boolean primary, boolean panButton, double x, double y, boolean shift, boolean alt,
            boolean rectangle) {
        pressX = x;
        pressY = y;
        lastX = x;
        lastY = y;
        moved = false;
        shiftAtPress = shift;
        altAtPress = alt;
        spaceUsed |= spaceDown;
        if (panButton || primary && spaceDown) {
            kind = Kind.PAN;
            return kind;
        }
        if (primary) {
            kind = Kind.SELECT;
            lasso.begin(x, y, rectangle);
            return kind;
        }
        return Kind.NONE;
    }

    /** Dragged to (x, y): pans {@code view} by the movement, or extends the lasso. */
    public void drag(double x, double y, Viewport view) {
        if (Math.hypot(x - pressX, y - pressY) >= CLICK_SLOP) {
            moved = true;
        }
        switch (kind) {
            case PAN -> view.panBy(x - lastX, y - lastY);
            case SELECT -> lasso.extend(x, y);
            case NONE -> { }
        }
        lastX = x;
        lastY = y;
    }

    /** The button released at (x, y): returns what it did; a selecting drag's lasso ends there. */
    public Kind release(double x, double y) {
        Kind ended = kind;
        kind = Kind.NONE;
        if (ended == Kind.SELECT && moved) {
            lasso.extend(x, y);
        }
        return ended;
    }

    /** How a finished lasso changes the selection: Shift or Alt held at its press or its release. */
    public MapSelection.Op op(boolean shiftAtRelease, boolean altAtRelease) {
        return MapSelection.Op.of(shiftAtRelease || shiftAtPress, altAtRelease || altAtPress);
    }

    /** Esc: drops the lasso being drawn; false when none was. */
    public boolean cancelLasso() {
        if (kind != Kind.SELECT) {
            return false;
        }
        kind = Kind.NONE;
        return true;
    }

    /** Space pressed at {@code nanos} (key repeats too): a tap starts unless a drag runs. */
    public void spacePressed(long nanos) {
        if (!spaceDown) { // not a key repeat
            spaceSince = nanos;
            spaceUsed = kind != Kind.NONE;
        }
        spaceDown = true;
    }

    /** Space released at {@code nanos}: true for a tap (short, nothing dragged meanwhile, no drag running). */
    public boolean spaceReleased(long nanos) {
        spaceDown = false;
        return kind == Kind.NONE && !spaceUsed && nanos - spaceSince < SPACE_TAP_NANOS;
    }
}
