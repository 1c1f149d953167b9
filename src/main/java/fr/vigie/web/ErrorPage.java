package fr.vigie.web;

/** The model of the error page (src/main/jte/error.jte). */
public record ErrorPage(Frame frame, int status, String message) {}
