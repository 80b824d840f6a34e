package dev.portcullis.format.docs;

/**
 * One thing a target could not express for this product, and what the generated code does
 * instead; a row of the page's last table.
 *
 * @param target the target (or backend) that cannot express it
 * @param subject the flow, zone, variable or prerequisite concerned
 * @param instead what the generated code does about it
 */
public record Limitation(String target, String subject, String instead) {}
