package org.silhouette.data;

import org.silhouette.core.Npy;
import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties an embeddings export's two files together. {@code X.npy} and {@code X.coords.csv} are replaced by two
 * renames, so an export killed between them leaves a new CSV beside an old matrix. The CSV is written first
 * and the matrix's header then records a run id, the row count and a digest of the CSV's exact bytes (its
 * first 16 hex digits of SHA-256, which Python's hashlib gives too), so {@link #check} tells a pair written
 * together from any other pair.
 */
public final class ExportPair {
    private static final Pattern NOTE = Pattern.compile("silhouette-export run=([0-9a-f]+) rows=(\\d+) csv-sha256=([0-9a-f]{16})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportPair() {
    }

    /** The header note for a matrix of {@code rows} rows exported with the CSV {@code csvBytes}. */
    public static String note(int rows, byte[] csvBytes) {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return "silhouette-export run=" + HexFormat.of().formatHex(id) + " rows=" + rows + " csv-sha256="
                + Sha256.hex(Sha256.of(csvBytes), 8);
    }

    /**
     * Refuses, in one line, a matrix and coordinates CSV that were not written by one export: the matrix
     * lacks the note, its row count differs, or the CSV's bytes are not those the matrix names.
     */
    public static void check(Path npy, Path csv) throws IOException {
        String note;
        byte[] bytes;
        try {
            note = Npy.note(npy);
            bytes = Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            throw new UserError("No such file: " + e.getFile() + "; an export writes both " + npy.getFileName()
                    + " and " + csv.getFileName() + ".", e);
        }
        Matcher m = note == null ? null : NOTE.matcher(note);
        if (m == null || !m.matches()) {
            throw new UserError(npy + " was not written by a Silhouette embeddings export (its header has no"
                    + " export note), so it cannot be matched with " + csv.getFileName() + ".");
        }
        long rows = Npy.read(npy).rows();
        String digest = Sha256.hex(Sha256.of(bytes), 8);
        if (rows != Long.parseLong(m.group(2)) || !digest.equals(m.group(3))) {
            throw new UserError(npy + " (export " + m.group(1) + ", " + m.group(2) + " rows) and " + csv
                    + " were not written by the same export, perhaps one that was interrupted; export again.");
        }
    }
}
