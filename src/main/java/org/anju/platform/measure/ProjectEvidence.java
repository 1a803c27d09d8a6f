package org.anju.platform.measure;

/**
 * One fact about a property project for its raters: where it comes from (message key of the source, e.g.
 * {@code evidence.source.casework}), what it is, its value as displayed, and a console link to the records behind
 * it (may be null).
 */
public record ProjectEvidence(String sourceKey, String label, String value, String link) {
}
