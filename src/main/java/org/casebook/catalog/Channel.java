package org.casebook.catalog;

import java.util.List;

/** A source or destination type, such as Website or Email Marketing. */
public record Channel(
    ChannelKind kind,
    String slug,
    String name,
    String descriptionHtml,
    List<String> previousSlugs) {}
