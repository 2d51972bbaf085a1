package io.github.paysdk.oy.model;

/**
 * One row of an OY code table.
 *
 * @param code the code, e.g. {@code "203"}
 * @param outcome what it means for the caller
 * @param description OY's description of the code
 */
public record OyCode(String code, OyOutcome outcome, String description) {}
