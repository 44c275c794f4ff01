package org.silhouette.cli;

import org.junit.jupiter.api.Test;
import org.silhouette.core.UserError;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChoiceTest {

    @Test
    void eitherWordIsReadIgnoringCaseAndSpaces() {
        assertEquals(1, Choice.of("--mode", "static", "static", 1, "loop", 2));
        assertEquals(2, Choice.of("--mode", " LOOP ", "static", 1, "loop", 2));
    }

    @Test
    void anotherWordIsRefusedInTheUsersTerms() {
        UserError e = assertThrows(UserError.class, () -> Choice.of("--mode", "Both", "static", 1, "loop", 2));
        assertEquals("--mode must be static or loop, got 'Both'.", e.getMessage());
    }

    @Test
    void commandsRefuseAWrongWordInOneLine() {
        MainTest.assertOneLineError(MainTest.run("simulate", "--backbone", "x.pt", "--data", "d", "--mode", "sometimes",
                "--out", "o"), "--mode must be static or loop, got 'sometimes'.");
        MainTest.assertOneLineError(MainTest.run("experiment", "both", "--backbone", "x.pt", "--data", "d", "--out",
                "o"), "The experiment must be seen or unseen, got 'both'.");
    }
}
