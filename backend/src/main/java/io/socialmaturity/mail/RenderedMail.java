package io.socialmaturity.mail;

/** A mail rendered from its template: the subject line, and the same content as HTML and as plain text. */
record RenderedMail(String subject, String html, String text) {}
