package org.silhouette.core;

/**
 * The range checks that options records make in their compact constructors, with the one wording they all
 * use: "{@code what} must be at least 1, got 0". {@code what} names the setting as a person knows it.
 */
public final class Checks {

    private Checks() {
    }

    /** {@code value}, or an {@link IllegalArgumentException} when it is below {@code min}. */
    public static int atLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** {@link #atLeast(int, int, String)} for a long. */
    public static long atLeast(long value, long min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** {@code value}, or an {@link IllegalArgumentException} when it is negative, NaN or infinite. */
    public static double nonNegative(double value, String what) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + value);
        }
        return value;
    }
}
