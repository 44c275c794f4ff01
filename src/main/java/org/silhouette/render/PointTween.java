package org.silhouette.render;

/**
 * Moves points from old to new places over a fixed time with ease-in-out, writing into the arrays the
 * renderer reads. Driven by pulse timestamps, so tests step it with made-up times.
 */
public final class PointTween {

    /** Upper bound from the spec: a refreshed map settles within half a second. */
    public static final long DEFAULT_NANOS = 450_000_000L;

    private final float[] fromX;
    private final float[] fromY;
    private final float[] toX;
    private final float[] toY;
    private final long durationNanos;
    private long startNanos = -1;

    /** Copies {@code from}; keeps {@code to} by reference (the caller gives it up). */
    public PointTween(float[] fromX, float[] fromY, float[] toX, float[] toY, long durationNanos) {
        if (fromX.length != toX.length || fromY.length != toY.length || fromX.length != fromY.length) {
            throw new IllegalArgumentException("A tween needs equal-length arrays");
        }
        if (durationNanos <= 0) {
            throw new IllegalArgumentException("Duration must be positive, got " + durationNanos);
        }
        this.fromX = fromX.clone();
        this.fromY = fromY.clone();
        this.toX = toX;
        this.toY = toY;
        this.durationNanos = durationNanos;
    }

    public float[] targetX() {
        return toX;
    }

    public float[] targetY() {
        return toY;
    }

    /**
     * Writes the positions at time {@code nowNanos} (the first call fixes the start) into outX/outY and
     * returns true when the tween has reached its end.
     */
    public boolean step(long nowNanos, float[] outX, float[] outY) {
        if (startNanos < 0) {
            startNanos = nowNanos;
        }
        double t = Math.min(1.0, (nowNanos - startNanos) / (double) durationNanos);
        if (t >= 1.0) {
            System.arraycopy(toX, 0, outX, 0, toX.length);
            System.arraycopy(toY, 0, outY, 0, toY.length);
            return true;
        }
        float e = (float) ease(t);
        for (int i = 0; i < toX.length; i++) {
            float ax = fromX[i];
            float ay = fromY[i];
            // A point that had no place before (NaN) appears at its new one.
            outX[i] = Float.isNaN(ax) ? toX[i] : ax + (toX[i] - ax) * e;
            outY[i] = Float.isNaN(ay) ? toY[i] : ay + (toY[i] - ay) * e;
        }
        return false;
    }

    static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
