package org.silhouette.experiment;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Shuffle;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ThumbnailCache;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A 2-D map drawn headless with Java2D, like the tutorial's figures: dots coloured by class with a legend,
 * or a thumbnail variant that shows one image per grid cell (framed in its class colour) over the dots.
 */
public final class MapFigure {
    static final int PLOT = 800;
    static final int MARGIN = 20;
    static final int TITLE = 36;
    static final int LEGEND = 210;
    static final int THUMB_CELL = 24;

    private MapFigure() {
    }

    public static void dots(FloatMatrix coords, int[] labels, List<String> classes, String title, Path out)
            throws IOException {
        BufferedImage img = canvas();
        Graphics2D g = img.createGraphics();
        titledDots(g, title, coords, labels, 2.6, 170);
        legend(g, labels, classes);
        g.dispose();
        write(img, out);
    }

    /** The title and every point as a dot; returns the frame that maps coordinates to pixels. */
    private static Frame titledDots(Graphics2D g, String title, FloatMatrix coords, int[] labels, double radius,
            int alpha) {
        setUp(g);
        drawTitle(g, title);
        Frame f = Frame.of(coords);
        drawDots(g, coords, labels, f, radius, alpha);
        return f;
    }

    /**
     * @param images the image file of each row
     */
    public static void thumbnails(FloatMatrix coords, int[] labels, List<Path> images, List<String> classes,
            String title, Path out) throws IOException {
        BufferedImage img = canvas();
        Graphics2D g = img.createGraphics();
        Frame f = titledDots(g, title, coords, labels, 1.6, 90);
        int cells = PLOT / THUMB_CELL;
        int[] pick = new int[cells * cells];
        double[] best = new double[cells * cells];
        java.util.Arrays.fill(pick, -1);
        for (int i = 0; i < coords.rows(); i++) {
            double x = f.x(coords.get(i, 0)) - MARGIN;
            double y = f.y(coords.get(i, 1)) - MARGIN - TITLE;
            int cx = Math.min(cells - 1, Math.max(0, (int) (x / THUMB_CELL)));
            int cy = Math.min(cells - 1, Math.max(0, (int) (y / THUMB_CELL)));
            double dx = x - (cx + 0.5) * THUMB_CELL;
            double dy = y - (cy + 0.5) * THUMB_CELL;
            double d = dx * dx + dy * dy;
            int c = cy * cells + cx;
            if (pick[c] < 0 || d < best[c]) {
                pick[c] = i;
                best[c] = d;
            }
        }
        int edge = THUMB_CELL - 3;
        g.setStroke(new BasicStroke(2f));
        for (int c = 0; c < pick.length; c++) {
            int i = pick[c];
            if (i < 0) {
                continue;
            }
            BufferedImage thumb = thumbnail(images.get(i), edge);
            if (thumb == null) {
                continue;
            }
            int x = MARGIN + (c % cells) * THUMB_CELL + 1;
            int y = MARGIN + TITLE + (c / cells) * THUMB_CELL + 1;
            g.drawImage(thumb, x + (edge - thumb.getWidth()) / 2, y + (edge - thumb.getHeight()) / 2, null);
            g.setColor(Colours.of(labels[i]));
            g.drawRect(x, y, edge, edge);
        }
        legend(g, labels, classes);
        g.dispose();
        write(img, out);
    }

    private static BufferedImage thumbnail(Path file, int edge) {
        ImageDecoder.Result r = ImageDecoder.decode(file, ImageDecoder.Options.maxSide(edge * 4));
        return r instanceof ImageDecoder.Decoded d ? ThumbnailCache.scaleToFit(d.image(), edge) : null;
    }

    private static BufferedImage canvas() {
        BufferedImage img = new BufferedImage(MARGIN * 2 + PLOT + LEGEND, MARGIN * 2 + TITLE + PLOT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    private static void setUp(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static void drawTitle(Graphics2D g, String title) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, MARGIN, MARGIN + 20);
        g.setColor(new Color(0xDDDDDD));
        g.drawRect(MARGIN, MARGIN + TITLE, PLOT, PLOT);
    }

    /** Dots in a seeded random order, so no class is always drawn on top. */
    private static void drawDots(Graphics2D g, FloatMatrix coords, int[] labels, Frame f, double radius, int alpha) {
        int n = coords.rows();
        int[] order = Shuffle.order(n, new SplittableRandom(12345));
        Ellipse2D.Double dot = new Ellipse2D.Double();
        for (int i : order) {
            g.setColor(labels[i] < 0 ? new Color(0, 0, 0, 40) : Colours.withAlpha(Colours.of(labels[i]), alpha));
            dot.setFrame(f.x(coords.get(i, 0)) - radius, f.y(coords.get(i, 1)) - radius, 2 * radius, 2 * radius);
            g.fill(dot);
        }
    }

    private static void legend(Graphics2D g, int[] labels, List<String> classes) {
        int[] counts = new int[classes.size()];
        for (int l : labels) {
            if (l >= 0 && l < counts.length) {
                counts[l]++;
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = MARGIN * 2 + PLOT;
        int y = MARGIN + TITLE + 10;
        for (int c = 0; c < classes.size(); c++) {
            if (counts[c] == 0) {
                continue;
            }
            g.setColor(Colours.of(c));
            g.fillOval(x, y, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(classes.get(c) + " (" + counts[c] + ")", x + 18, y + 11);
            y += 22;
        }
    }

    static void write(BufferedImage img, Path out) throws IOException {
        AtomicFiles.write(out, stream -> {
            if (!ImageIO.write(img, "png", stream)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /** Maps data coordinates into the square plot area, keeping the aspect ratio. */
    private record Frame(double minX, double minY, double scale, double offX, double offY) {
        static Frame of(FloatMatrix coords) {
            MapBounds b = MapBounds.of(coords);
            if (b == null) {
                return new Frame(0, 0, 1, 0, 0);
            }
            double inner = PLOT - 2.0 * THUMB_CELL;
            double scale = inner / b.span(1e-12);
            double offX = (inner - b.width() * scale) / 2 + THUMB_CELL;
            double offY = (inner - b.height() * scale) / 2 + THUMB_CELL;
            return new Frame(b.minX(), b.minY(), scale, offX, offY);
        }

        double x(double v) {
            return MARGIN + offX + (v - minX) * scale;
        }

        /** y grows upwards in the data, downwards on screen. */
        double y(double v) {
            return MARGIN + TITLE + PLOT - offY - (v - minY) * scale;
        }
    }
}
