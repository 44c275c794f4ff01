package org.silhouette.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    /** Runs the CLI in-process and captures stdout/stderr. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    /** A user error: non-zero exit, nothing on stdout, and one {@code error: } line naming the fragment. */
    static void assertOneLineError(Result r, String fragment) {
        assertTrue(r.code() != 0, "non-zero exit");
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(fragment), r.err());
    }

    @Test
    void unknownOptionIsOneLineAndNonZero() {
        Result r = run("--no-such-option");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void djlIsOfflineByDefault() {
        run("--version");
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    }
}
