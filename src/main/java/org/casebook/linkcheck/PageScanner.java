package org.casebook.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.linkcheck.PageScan.DuplicateId;
import org.casebook.linkcheck.PageScan.PageLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parser that reads one page with jsoup and collects its ids and link values.
 *
 * <p>Links are the {@code href} of {@code a}, {@code area} and {@code link}, the {@code src} of
 * media, script, frame and image-input elements, and the candidates of {@code srcset} on {@code
 * img} and {@code source}.
 */
final class PageScanner {

  private static final Set<String> HREF_ELEMENTS = Set.of("a", "area", "link");

  private static final Set<String> SRC_ELEMENTS =
      Set.of("img", "script", "iframe", "source", "audio", "video", "track", "embed", "input");

  private static final Set<String> SRCSET_ELEMENTS = Set.of("img", "source");

  private PageScanner() {}

  /**
   * Parses the page and returns its ids and links. The charset comes from a byte order mark or a
   * {@code <meta charset>} declaration and defaults to UTF-8.
   */
  static PageScan scan(InputStream page) throws IOException {
    // NOTE: a <base href> element is not honoured, so the checker resolves relative links against
    // the folder of the page itself.
    Document document = Jsoup.parse(page, null, "");
    List<PageLink> links = new ArrayList<>();
    Map<String, Integer> idCounts = new LinkedHashMap<>();
    Map<String, Integer> secondPositions = new HashMap<>();

    int position = 0;
    for (Element element : document.getAllElements()) {
      addLinks(element, position, links);
      String id = element.id();
      if (!id.isEmpty() && idCounts.merge(id, 1, Integer::sum) == 2) {
        secondPositions.put(id, position);
      }
      position++;
    }
    return new PageScan(idCounts.keySet(), links, duplicates(idCounts, secondPositions));
  }

  private static void addLinks(Element element, int position, List<PageLink> links) {
    String name = element.normalName();
    if (HREF_ELEMENTS.contains(name) && element.hasAttr("href")) {
      links.add(new PageLink(element.attr("href"), position));
    }
    if (SRC_ELEMENTS.contains(name) && element.hasAttr("src")) {
      links.add(new PageLink(element.attr("src"), position));
    }
    if (SRCSET_ELEMENTS.contains(name) && element.hasAttr("srcset")) {
      for (String url : SrcsetParser.parseUrls(element.attr("srcset"))) {
        links.add(new PageLink(url, position));
      }
    }
  }

  private static List<DuplicateId> duplicates(
      Map<String, Integer> idCounts, Map<String, Integer> secondPositions) {
    List<DuplicateId> duplicates = new ArrayList<>();
    idCounts.forEach(
        (id, count) -> {
          if (count > 1) {
            duplicates.add(new DuplicateId(id, count, secondPositions.get(id)));
          }
        });
    duplicates.sort(Comparator.comparingInt(DuplicateId::position));
    return duplicates;
  }
}
