package fr.vigie.territory;

/** A category with the number of territories it holds in the store. */
public record CategoryCount(String category, String label, long territories) {}
