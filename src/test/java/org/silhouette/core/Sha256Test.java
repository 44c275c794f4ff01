package org.silhouette.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {

    @Test
    void knownDigestOfTextBytesAndFile(@TempDir Path dir) throws IOException {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2, "abc"
        assertEquals(abc, Sha256.hex(Sha256.of("abc")));
        assertEquals(abc.substring(0, 8), Sha256.hex(Sha256.of("abc"), 4));
        byte[] big = new byte[200_000]; // more than one read buffer
        new Random(1).nextBytes(big);
        Path file = Files.write(dir.resolve("big.bin"), big);
        assertArrayEquals(Sha256.of(big), Sha256.of(file));
    }
}
