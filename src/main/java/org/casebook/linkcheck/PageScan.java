package org.casebook.linkcheck;

import java.util.List;
import java.util.Set;

/**
 * The ids and links of one parsed page, kept so that no page is parsed twice.
 *
 * @param ids every non-empty element {@code id} on the page
 * @param links the link values in document order
 * @param duplicateIds the ids that occur on more than one element, in document order
 */
record PageScan(Set<String> ids, List<PageLink> links, List<DuplicateId> duplicateIds) {

  PageScan {
    ids = Set.copyOf(ids);
    links = List.copyOf(links);
    duplicateIds = List.copyOf(duplicateIds);
  }

  /**
   * A link value as written in the page.
   *
   * @param value the attribute value, or one candidate URL of a {@code srcset}
   * @param position the index of its element in document order
   */
  record PageLink(String value, int position) {}

  /**
   * An id shared by several elements of one page.
   *
   * @param id the id
   * @param count the number of elements with this id, at least 2
   * @param position the index in document order of the second element with this id
   */
  record DuplicateId(String id, int count, int position) {}
}
