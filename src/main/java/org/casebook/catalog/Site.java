package org.casebook.catalog;

/**
 * Site-wide settings from {@code site.yaml}. Text fields are never null: an absent optional
 * value is empty. The two intro fields hold HTML rendered from Markdown.
 */
public record Site(
    String title,
    String description,
    String language,
    String baseUrl,
    String introHtml,
    String goalsIntroHtml) {}
