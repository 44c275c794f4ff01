package org.silhouette.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The first 128 bits of a file's SHA-256: names an image by its bytes, whatever it is called. */
public record ContentHash(long high, long low) {

    public static ContentHash of(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return fromDigest(md.digest());
    }

    public static ContentHash of(byte[] content) {
        return fromDigest(sha256().digest(content));
    }

    private static ContentHash fromDigest(byte[] d) {
        ByteBuffer b = ByteBuffer.wrap(d);
        return new ContentHash(b.getLong(), b.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }
}
