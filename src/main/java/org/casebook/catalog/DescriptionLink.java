package org.casebook.catalog;

/**
 * A link or image destination written in a Markdown field of a content file, with its place, so
 * that a broken link in the generated site can be traced back to the line that wrote it.
 *
 * @param destination the destination as the generated HTML shows it
 * @param file the content file
 * @param line 1-based line of the destination in the file
 * @param column 1-based column of the destination, or of the field when it cannot be found
 * @param field the field, such as {@code description}
 * @param sourceLine the text of that line, for messages
 */
public record DescriptionLink(
    String destination, String file, int line, int column, String field, String sourceLine) {}
