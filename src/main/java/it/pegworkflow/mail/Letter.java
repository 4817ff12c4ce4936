package it.pegworkflow.mail;

/** An e-mail as it leaves: subject, plain text and the same in HTML. */
public record Letter(String subject, String text, String html) {}
