package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.casebook.testing.SiteHashes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small content folder per kind of writer mistake: each must fail the build with the exact
 * file, line, column and message, and leave the previous output byte for byte as it was.
 */
class BadInputTest {
  private static final Pattern ERROR_LINE =
      Pattern.compile("^(.+?):(\\d+):(\\d+): error: (.*)$", Pattern.MULTILINE);

  /**
   * A bad input: the file to write, its text, and the first error expected.
   *
   * @param extraArgs command-line options for the build
   */
  record Case(
      String name,
      String file,
      String text,
      int line,
      int column,
      String message,
      List<String> extraArgs,
      Map<String, String> otherFiles) {
    Case(String name, String file, String text, int line, int column, String message) {
      this(name, file, text, line, column, message, List.of(), Map.of());
    }

    Case(String name, String file, String text, int line, int column, String message,
        List<String> extraArgs) {
      this(name, file, text, line, column, message, extraArgs, Map.of());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("unknown key with a close match", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                sourcs: [Website]
            """, 5, 5, "unknown key `sourcs` in use_cases[0]; did you mean `sources`?"),
        new Case("missing required key", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            events: [order-completed]
            """, 1, 1, "missing required key `summary`"),
        new Case("list written as text", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events: order-completed
            """, 3, 9, "`events` must be a list, not text `order-completed`"),
        new Case("duplicate key", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events:
              - order-completed
            summary: draft text that should have been removed
            """, 5, 1, "duplicate key `summary`: first at line 2, again at line 5"),
        new Case("duplicate key inside a list item", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                sources: [Website]
                sources: [Mobile]
            """, 6, 5,
            "duplicate key `sources` in use_cases[0]: first at line 5, again at line 6"),
        new Case("undefined event", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events: [order-complete]
            """, 3, 10,
            "unknown event `order-complete` in events[0]; did you mean `order-completed`?"),
        new Case("undefined use case", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: carts
            """, 4, 15, "unknown use case `carts` in use_cases[0].use_case; did you mean `cart`?"),
        new Case("undefined source type", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                sources: [Webside]
            """, 5, 15,
            "unknown source type `Webside` in use_cases[0].sources[0]; did you mean `Website`?"),
        new Case("undefined destination type", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                destinations: [Email marketing, Push]
            """, 5, 20,
            "unknown destination type `Email marketing` in use_cases[0].destinations[0]; did you"
                + " mean `Email Marketing`?"),
        new Case("goal with no use cases", "goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases: []
            """, 3, 12, "`use_cases` is an empty list"),
        new Case("event listed twice", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events:
              - order-completed
              - order-completed
            """, 5, 5, "event `order-completed` is listed twice in events: lines 4 and 5"),
        new Case("tab in indentation", "goals/optimize.yaml",
            "title: Optimize advertising\nsummary: improve return on ad spend\nuse_cases:\n"
                + "\t- use_case: cart\n",
            4, 1,
            "a tab character indents this line, and YAML allows only spaces for indentation"),
        new Case("title that gives an empty slug", "use-cases/cart.yaml", """
            title: 🎉
            summary: win back shoppers
            events: [order-completed]
            """, 1, 8, "use case title `🎉` gives an empty slug"),
        new Case("empty required text", "goals/optimize.yaml", """
            title:
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
            """, 1, 7, "`title` is empty"),
        new Case("slug with a space", "events/order-completed.yaml", """
            name: Order Completed
            slug: order completed
            """, 2, 7, "`slug` value `order completed` is not a valid slug"),
        new Case("event listed twice on one line", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events: [order-completed, order-completed]
            """, 3, 27,
            "event `order-completed` is listed twice in events: line 3, columns 10 and 27"),
        new Case("line over the length limit", "events/order-completed.yaml",
            "name: Order Completed\nproperties: [" + "p, ".repeat(20) + "q]\n", 2, 51,
            "line is 75 characters long, over the limit of 50", List.of("--max-line-length", "50")),
        new Case("event file that does not parse", "events/order-completed.yaml",
            "name: Order Completed\nproperties: [order_id\n", 3, 1,
            "invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow"
                + " sequence)"),
        new Case("second document in a file", "events/order-completed.yaml", """
            name: Order Completed
            ---
            name: Order Placed
            """, 2, 1,
            "a content file holds one YAML document, and this `---` starts a second"),
        new Case("goal file not listed in site.yaml", "goals/retain.yaml", """
            title: Retain customers
            summary: keep them
            use_cases:
              - use_case: cart
            """, 1, 1, "goal `retain` is not listed under `goals:` in site.yaml"),
        new Case("unknown goal in site.yaml", "site.yaml", """
            title: Test reference
            goals:
              - optimise
            """, 3, 5, "unknown goal `optimise` in goals[0]; did you mean `optimize`?"),
        new Case("previous slug that is a current slug", "use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            previous_slugs: [mitigate-cart-abandonment]
            summary: win back shoppers
            events: [order-completed]
            """, 2, 18,
            "previous slug `mitigate-cart-abandonment` is the current slug of a use case"),
        new Case("two use cases with one explicit slug", "use-cases/churn.yaml", """
            title: Reduce churn of top spenders
            slug: churn
            summary: keep top spenders
            events: [order-completed]
            """, 2, 7,
            "use case slug `churn` is used twice: {content}/use-cases/cart.yaml line 2 and"
                + " {content}/use-cases/churn.yaml line 2",
            List.of(),
            Map.of("use-cases/cart.yaml", """
                title: Mitigate high value churn
                slug: churn
                summary: keep high spenders
                events: [order-completed]
                """, "goals/optimize.yaml", """
                title: Optimize advertising
                summary: improve return on ad spend
                use_cases:
                  - use_case: cart
                  - use_case: churn
                """)),
        new Case("slugs that differ only in case", "use-cases/churn.yaml", """
            title: Reduce churn of top spenders
            slug: Mitigate-Cart-Abandonment
            summary: keep top spenders
            events: [order-completed]
            """, 2, 7,
            "use case slug `Mitigate-Cart-Abandonment` differs from `mitigate-cart-abandonment`"
                + " ({content}/use-cases/cart.yaml line 1) only in letter case",
            List.of(),
            Map.of("goals/optimize.yaml", """
                title: Optimize advertising
                summary: improve return on ad spend
                use_cases:
                  - use_case: cart
                  - use_case: churn
                """)),
        new Case("alias that expands past the node limit", "events/order-completed.yaml", """
            name: Order Completed
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
            h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
            """, 8, 20,
            "the file expands to more than 5,000,000 YAML nodes (aliases count each time they are"
                + " used)"),
        new Case("nesting past the depth limit", "events/order-completed.yaml",
            "name: Order Completed\nproperties: " + "[".repeat(100) + "]".repeat(100) + "\n",
            2, 76, "nesting is deeper than the limit of 64 levels"),
        new Case("file over the size limit", "events/order-completed.yaml",
            "name: Order Completed\nproperties: [" + "p, ".repeat(200) + "q]\n", 0, 0,
            "file is 638 bytes, over the limit of 600 bytes", List.of("--max-file-size", "600")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithPositionAndKeepsOutput(Case bad, @TempDir Path dir) throws Exception {
    Run good = new ContentFixture().build(dir);
    assertThat(good.exitCode()).as(good.err()).isZero();
    Map<String, String> before = SiteHashes.of(dir.resolve("site"));

    ContentFixture fixture = new ContentFixture().with(bad.file(), bad.text());
    bad.otherFiles().forEach(fixture::with);
    Run run = fixture.build(dir, bad.extraArgs().toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    String expectedFile = dir.resolve("content").resolve(bad.file()).toString();
    String first = firstError(run.err(), expectedFile);
    assertThat(first).as(run.err())
        .isEqualTo(expectedFile + ":" + bad.line() + ":" + bad.column() + ": error: "
            + bad.message().replace("{content}", dir.resolve("content").toString()));
    assertThat(SiteHashes.of(dir.resolve("site"))).isEqualTo(before);
  }

  /** Returns the first error line about a file, in the {@code path:line:col: error:} form. */
  private static String firstError(String err, String file) {
    Matcher matcher = ERROR_LINE.matcher(err);
    while (matcher.find()) {
      if (matcher.group(1).equals(file)) {
        return matcher.group();
      }
    }
    Matcher noPosition = Pattern.compile("^" + Pattern.quote(file) + ": error: (.*)$",
        Pattern.MULTILINE).matcher(err);
    return noPosition.find() ? file + ":0:0: error: " + noPosition.group(1) : err;
  }
}
