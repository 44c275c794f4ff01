package org.silhouette.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes matrices as .npy or as CSV (one row per item, no header), chosen by file extension. */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    public static FloatMatrix read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("No such file: " + file);
        }
        try {
            return isNpy(file) ? Npy.read(file) : readCsv(file);
        } catch (NoSuchFileException e) {
            throw new UserError("No such file: " + file, e);
        }
    }

    public static void write(Path file, FloatMatrix m) throws IOException {
        if (isNpy(file)) {
            Npy.write(file, m);
        } else {
            writeCsv(file, m);
        }
    }

    static boolean isNpy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    static FloatMatrix readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<float[]> rows = new ArrayList<>();
        int cols = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(",");
            if (rows.isEmpty() && cols < 0 && !looksNumeric(parts[0])) {
                cols = 0; // a header row; skip it once
                continue;
            }
            float[] row = new float[parts.length];
            for (int j = 0; j < parts.length; j++) {
                try {
                    row[j] = Float.parseFloat(parts[j].strip());
                } catch (NumberFormatException e) {
                    throw new UserError(file + " line " + (i + 1) + ": '" + parts[j].strip() + "' is not a number.");
                }
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new UserError(file + " line " + (i + 1) + " has " + row.length + " values, but earlier rows have "
                        + rows.get(0).length + ".");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new UserError(file + " holds no numeric rows.");
        }
        return FloatMatrix.of(rows.toArray(float[][]::new));
    }

    private static boolean looksNumeric(String s) {
        try {
            Float.parseFloat(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void writeCsv(Path file, FloatMatrix m) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < m.rows(); i++) {
                w.write(CsvRowWriter.line(sb, m.data(), i * m.cols(), m.cols()));
            }
            w.flush();
        });
    }
}
