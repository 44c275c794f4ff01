package org.silhouette.embed;

import org.silhouette.core.Sha256;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** The first 128 bits of a file's SHA-256: names an image by its bytes, whatever it is called. */
public record ContentHash(long high, long low) {

    public static ContentHash of(Path file) throws IOException {
        return fromDigest(Sha256.of(file));
    }

    public static ContentHash of(byte[] content) {
        return fromDigest(Sha256.of(content));
    }

    private static ContentHash fromDigest(byte[] d) {
        ByteBuffer b = ByteBuffer.wrap(d);
        return new ContentHash(b.getLong(), b.getLong());
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }
}
