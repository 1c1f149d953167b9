package fr.vigie.ranking;

/** A category (stratum) of peer territories, e.g. grandes-villes, from the editable category rules. */
public record Category(String slug, String label) {}
