package org.casebook.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebook.diag.Diagnostic;

/**
 * Gives each item of one kind a unique slug, in document order.
 *
 * <p>An explicit slug is used as written, and two equal explicit slugs are an error. A slug derived
 * from a title that is already taken, or that another item will claim, gets the smallest free
 * suffix {@code -1}, {@code -2}, ... and a warning. An empty derived slug is an error.
 */
final class SlugAssigner {
  /** The slug request of one item: its explicit slug (or null) and the title to derive one from. */
  record Request(
      String explicit,
      String title,
      SourceFile source,
      Position at,
      String field,
      List<Located> previous) {}

  private final String kind;
  private final List<Diagnostic> problems;
  private final Set<String> explicitSlugs = new HashSet<>();

  /**
   * @param kind the item kind in messages, such as "use case"
   */
  SlugAssigner(String kind, List<Diagnostic> problems) {
    this.kind = kind;
    this.problems = problems;
  }

  /** Returns one slug per request, in the same order; failed requests get an empty slug. */
  List<String> assign(List<Request> requests) {
    Set<String> reserved = new HashSet<>();
    Map<String, Request> explicitOwners = new HashMap<>();
    for (Request request : requests) {
      if (request.explicit() != null) {
        Request first = explicitOwners.putIfAbsent(request.explicit(), request);
        if (first != null) {
          reportExplicitClash(first, request);
        }
        reserved.add(request.explicit());
        explicitSlugs.add(request.explicit());
      } else {
        reserved.add(Slugs.derive(request.title()));
      }
    }
    Set<String> assigned = new HashSet<>();
    Map<String, Request> derivedOwners = new HashMap<>();
    List<String> slugs = new ArrayList<>(requests.size());
    for (Request request : requests) {
      String slug =
          request.explicit() != null
              ? request.explicit()
              : derive(request, reserved, assigned, derivedOwners);
      assigned.add(slug);
      slugs.add(slug);
    }
    checkPreviousSlugs(requests, assigned);
    checkCaseClashes(requests, slugs);
    return slugs;
  }

  /**
   * Reports slugs that differ only in letter case: their pages would share one folder on the
   * case-insensitive file systems of macOS and Windows.
   */
  private void checkCaseClashes(List<Request> requests, List<String> slugs) {
    Map<String, Integer> byLowerCase = new HashMap<>();
    for (int i = 0; i < slugs.size(); i++) {
      String slug = slugs.get(i);
      if (slug.isEmpty()) {
        continue;
      }
      Integer first = byLowerCase.putIfAbsent(slug.toLowerCase(Locale.ROOT), i);
      if (first != null && !slugs.get(first).equals(slug)) {
        Request earlier = requests.get(first);
        Request request = requests.get(i);
        problems.add(request.source().error(request.at(),
            String.format("%s slug `%s` differs from `%s` (%s line %d) only in letter case",
                kind, slug, slugs.get(first), earlier.source().name(), earlier.at().line()),
            "give one of them another slug: on macOS and Windows both pages would share one"
                + " folder"));
      }
    }
  }

  /** Reports previous slugs that are a current slug of this kind or repeat another one. */
  private void checkPreviousSlugs(List<Request> requests, Set<String> current) {
    Map<String, Located> seen = new HashMap<>();
    for (Request request : requests) {
      for (Located old : request.previous()) {
        Located first = seen.putIfAbsent(old.value(), old);
        if (current.contains(old.value())) {
          problems.add(old.source().error(old.at(),
              String.format("previous slug `%s` is the current slug of a %s", old.value(), kind),
              "an old address can only redirect to one page; remove it from previous_slugs"));
        } else if (first != null) {
          problems.add(old.source().error(old.at(),
              String.format("previous slug `%s` is listed twice: %s line %d and %s line %d",
                  old.value(), first.source().name(), first.at().line(), old.source().name(),
                  old.at().line()),
              "an old address can only redirect to one page; keep it on one " + kind));
        }
      }
    }
  }

  private String derive(
      Request request, Set<String> reserved, Set<String> assigned, Map<String, Request> owners) {
    String natural = Slugs.derive(request.title());
    if (natural.isEmpty()) {
      problems.add(
          request.source().error(
              request.at(),
              String.format(
                  "%s title `%s` gives an empty slug", kind, request.title()),
              "add `slug:` with letters or digits, for example `slug: launch-party`"));
      return "";
    }
    boolean claimed =
        assigned.contains(natural) || explicitSlugs.contains(natural) || owners.containsKey(natural);
    if (!claimed) {
      owners.put(natural, request);
      return natural;
    }
    int suffix = 1;
    while (reserved.contains(natural + "-" + suffix) || assigned.contains(natural + "-" + suffix)) {
      suffix++;
    }
    String slug = natural + "-" + suffix;
    Request owner = owners.get(natural);
    String other = owner == null ? "an explicit slug" : "`" + owner.title() + "`";
    problems.add(
        request.source().warning(
            request.at(),
            String.format(
                "%s titles `%s` and %s both give the slug `%s`, so this one gets `%s`",
                kind, request.title(), other, natural, slug),
            "set `slug:` on one of them to choose its address"));
    return slug;
  }

  private void reportExplicitClash(Request first, Request second) {
    problems.add(
        second.source().error(
            second.at(),
            String.format(
                "%s slug `%s` is used twice: %s line %d and %s line %d",
                kind, second.explicit(), first.source().name(), first.at().line(),
                second.source().name(), second.at().line()),
            "give each " + kind + " its own slug"));
  }
}
