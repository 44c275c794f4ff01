package org.silhouette.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A plain line chart drawn headless with Java2D: a few named series against shared axes. */
public final class LineChart {
    private static final int W = 980;
    private static final int H = 560;
    private static final int LEFT = 70;
    private static final int RIGHT = 300;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    /**
     * @param colour index into the class palette
     * @param dashed drawn dashed (e.g. coverage beside accuracy)
     */
    public record Series(String name, double[] x, double[] y, int colour, boolean dashed) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
            }
        }
    }

    private LineChart() {
    }

    /**
     * @param yMin lower end of the y axis; NaN fits it to the data (likewise yMax)
     * @param guide a horizontal guide line (a target), or NaN for none
     */
    public static void draw(String title, String xLabel, String yLabel, List<Series> series, double yMin, double yMax,
            double guide, Path out) throws IOException {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x0 = Math.min(x0, s.x()[i]);
                    x1 = Math.max(x1, s.x()[i]);
                    y0 = Math.min(y0, s.y()[i]);
                    y1 = Math.max(y1, s.y()[i]);
                }
            }
        }
        if (!(x1 >= x0)) {
            x0 = 0;
            x1 = 1;
            y0 = 0;
            y1 = 1;
        }
        x0 = Math.min(x0, 0);
        if (x1 == x0) {
            x1 = x0 + 1;
        }
        y0 = Double.isNaN(yMin) ? y0 : yMin;
        y1 = Double.isNaN(yMax) ? y1 : yMax;
        if (y1 <= y0) {
            y1 = y0 + 1;
        }
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        Axes a = new Axes(x0, x1, y0, y1);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double t : ticks(x0, x1)) {
            int px = (int) a.px(t);
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(px, TOP, px, H - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(t), px - 10, H - BOTTOM + 16);
        }
        for (double t : ticks(y0, y1)) {
            int py = (int) a.py(t);
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(LEFT, py, W - RIGHT, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(t), 8, py + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
        g.drawString(xLabel, LEFT + (W - LEFT - RIGHT) / 2 - 40, H - 18);
        g.drawString(yLabel, 8, TOP - 10);
        if (!Double.isNaN(guide) && guide >= y0 && guide <= y1) {
            g.setColor(new Color(0x999999));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0));
            g.drawLine(LEFT, (int) a.py(guide), W - RIGHT, (int) a.py(guide));
        }
        int legendY = TOP + 10;
        for (Series s : series) {
            Color c = Colours.of(s.colour());
            BasicStroke stroke = s.dashed()
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7, 5}, 0)
                    : new BasicStroke(2.2f);
            g.setStroke(stroke);
            g.setColor(c);
            Path2D.Double line = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    continue;
                }
                double px = a.px(s.x()[i]);
                double py = a.py(Math.max(y0, Math.min(y1, s.y()[i])));
                if (started) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    started = true;
                }
            }
            g.draw(line);
            g.drawLine(W - RIGHT + 12, legendY, W - RIGHT + 40, legendY);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), W - RIGHT + 46, legendY + 4);
            legendY += 20;
        }
        g.dispose();
        MapFigure.write(img, out);
    }

    private record Axes(double x0, double x1, double y0, double y1) {
        double px(double x) {
            return LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
        }

        double py(double y) {
            return H - BOTTOM - (y - y0) / (y1 - y0) * (H - TOP - BOTTOM);
        }
    }

    /** About six round ticks between lo and hi. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * (raw / mag < 1.5 ? 1 : raw / mag < 3.5 ? 2 : raw / mag < 7.5 ? 5 : 10);
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    private static String label(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
