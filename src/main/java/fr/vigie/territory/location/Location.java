package fr.vigie.territory.location;

import fr.vigie.VigieException;

/**
 * Where a territory lies: one point in degrees (WGS 84) and the source it comes from.
 *
 * @param code the territory's code (a commune's INSEE code)
 */
public record Location(String code, double latitude, double longitude, String source) {
    public Location {
        if (code.isBlank()) {
            throw new VigieException("a location needs a territory code");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new VigieException("the latitude of " + code + " should lie between -90 and 90, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new VigieException("the longitude of " + code + " should lie between -180 and 180, got " + longitude);
        }
    }
}
