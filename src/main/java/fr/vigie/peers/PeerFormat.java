package fr.vigie.peers;

import fr.vigie.VigieException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of a peer benchmark. */
public enum PeerFormat {
    TABLE,
    JSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeerFormat parse(String text) {
        return Arrays.stream(values())
                .filter(f -> f.id().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> new VigieException("unknown format '" + text + "': use one of "
                        + Arrays.stream(values()).map(PeerFormat::id).collect(Collectors.joining(", "))));
    }
}
