package org.silhouette.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The JSON fixtures that the scripts in src/test/python write under src/test/resources/fixtures. */
public final class Fixtures {

    /** Fields the scripts add for people (versions, notes) are not part of a test's records. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Fixtures() {
    }

    /** Reads the classpath resource {@code resource} as {@code type}; when it is missing, says which script makes it. */
    public static <T> T json(String resource, Class<T> type, String script) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            assertNotNull(in, "fixture missing; run " + script);
            return JSON.readValue(in, type);
        }
    }
}
