package org.silhouette.embed.backbone;

import org.silhouette.core.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding and fingerprinting model files. */
final class ModelFiles {
    private ModelFiles() {
    }

    static String sha256Hex(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A .pt/.pth/.torchscript file itself, or the single such file inside a folder. */
    static Path torchScriptFile(Path fileOrDir) throws IOException {
        if (Files.isRegularFile(fileOrDir)) {
            return fileOrDir;
        }
        if (!Files.isDirectory(fileOrDir)) {
            throw new UserError("No such backbone file or folder: " + fileOrDir);
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(fileOrDir)) {
            candidates = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && (n.endsWith(".pt") || n.endsWith(".pth") || n.endsWith(".torchscript"));
            }).sorted().toList();
        }
        if (candidates.size() != 1) {
            throw new UserError(fileOrDir + " holds " + candidates.size()
                    + " TorchScript files (.pt); name the file itself with --backbone.");
        }
        return candidates.getFirst();
    }
}
