package org.silhouette.embed.backbone;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a model file once into a local cache: from {@code file:} URLs always, from the network only
 * when the user opted in. A {@code .gz} download is unpacked on the way. The cached file is written
 * atomically, so an interrupted download leaves nothing half-written to be trusted next time.
 */
public final class ModelDownloader {
    private static final int BUFFER = 1 << 16;

    private ModelDownloader() {
    }

    /**
     * @param url where the model lives ({@code https:}, {@code http:} or {@code file:})
     * @param cacheDir folder that keeps downloads between runs
     * @param allowNetwork the user's consent to download; without it only cached or local files work
     * @return the local file
     */
    public static Path fetch(URI url, Path cacheDir, boolean allowNetwork, Progress progress, Cancellation cancel)
            throws IOException {
        Path target = cachedPath(url, cacheDir);
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return target;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean local = scheme.equals("file") || scheme.equals("jar");
        if (!local && !allowNetwork) {
            throw new UserError("The model at " + url + " is not downloaded yet, and Silhouette does not use the "
                    + "network unless you allow it; rerun with --download.");
        }
        if (!local && !scheme.equals("https") && !scheme.equals("http")) {
            throw new UserError("Cannot download from '" + url + "'; use an https: or file: address.");
        }
        URLConnection conn;
        try {
            conn = url.toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new UserError("Not a valid model address: " + url, e);
        }
        conn.setConnectTimeout(30_000);
        conn.setReadTimeout(60_000);
        long total = conn.getContentLengthLong();
        String stage = "Downloading " + fileName(url);
        try (InputStream raw = conn.getInputStream();
                InputStream counted = new Counting(raw, total, stage, progress, cancel);
                InputStream in = isGzip(url) ? new GZIPInputStream(counted, BUFFER) : counted) {
            AtomicFiles.write(target, out -> in.transferTo(out));
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new UserError("No model found at " + url + ".", e);
        }
        if (Files.size(target) == 0) {
            Files.delete(target);
            throw new UserError("The model downloaded from " + url + " is empty.");
        }
        return target;
    }

    /** Where {@link #fetch} keeps the file for this address: one folder per address, the original name inside. */
    public static Path cachedPath(URI url, Path cacheDir) {
        return cacheDir.resolve(shortHash(url.toString())).resolve(fileName(url));
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.isEmpty() ? "model.pt" : name;
    }

    private static boolean isGzip(URI url) {
        return url.getPath() != null && url.getPath().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reports bytes read and honours cancellation between reads. */
    private static final class Counting extends FilterInputStream {
        private final long total;
        private final String stage;
        private final Progress progress;
        private final Cancellation cancel;
        private long done;
        private long lastReport;

        Counting(InputStream in, long total, String stage, Progress progress, Cancellation cancel) {
            super(in);
            this.total = total;
            this.stage = stage;
            this.progress = progress;
            this.cancel = cancel;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            cancel.check();
            int n = super.read(b, off, len);
            if (n > 0) {
                done += n;
                if (done - lastReport >= BUFFER * 16L) {
                    lastReport = done;
                    progress.update(stage, done, total);
                }
            } else if (n < 0) {
                progress.update(stage, done, total < 0 ? done : total);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }
    }
}
