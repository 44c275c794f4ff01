package org.silhouette.cli;

import org.silhouette.core.UserError;

import java.util.Locale;

/** A flag whose value is one of two words, read ignoring case and surrounding spaces. */
final class Choice {
    private Choice() {
    }

    /**
     * The value of the word {@code given} names; any other word is refused as "WHAT must be A or B, got 'GIVEN'.".
     *
     * @param what how the message names the flag: "--mode", or "The experiment" for a positional parameter
     */
    static <T> T of(String what, String given, String first, T ifFirst, String second, T ifSecond) {
        String word = given.strip().toLowerCase(Locale.ROOT);
        if (word.equals(first)) {
            return ifFirst;
        }
        if (word.equals(second)) {
            return ifSecond;
        }
        throw new UserError(what + " must be " + first + " or " + second + ", got '" + given + "'.");
    }
}
