package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.testing.ContentFixture;
import org.casebook.testing.ContentFixture.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that other tools in this field get wrong, each with the behaviour Casebook must show. */
class HardCasesTest {
  @TempDir Path dir;

  private Document page(String path) throws IOException {
    Path file = dir.resolve("site").resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  private Run build(ContentFixture fixture, String... args) throws IOException {
    Run run = fixture.build(dir, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void yesNoAndNoStayText() throws IOException {
    build(new ContentFixture().with("events/order-completed.yaml", """
        name: Survey Answered
        properties: [survey_id, question_id, yes, no, NO, on, 1.10, 010, 2024-01-01, ~]
        """));
    Element row = page("goals/optimize-advertising/index.html").selectFirst("table.events tbody tr");
    List<String> properties = row.select("td code").eachText();
    assertThat(properties)
        .containsExactly("survey_id", "question_id", "yes", "no", "NO", "on", "1.10", "010",
            "2024-01-01", "~");
    assertThat(page("goals/optimize-advertising/index.html").text())
        .doesNotContain("true").doesNotContain("false");
  }

  @Test
  void numericLookingSlugsKeepTheirSpelling() throws IOException {
    build(new ContentFixture()
        .with("goals/optimize.yaml", """
            title: Keep legacy anchors working
            slug: legacy
            summary: keep old bookmarks working
            use_cases:
              - use_case: release
              - use_case: cohort
            """)
        .with("use-cases/release.yaml", """
            title: Release notes subscribers
            slug: 1.10
            summary: reach readers of the release notes
            events: [order-completed]
            """)
        .with("use-cases/cohort.yaml", """
            title: Annual planning cohort
            slug: 2024
            summary: find users who joined during planning
            events: [order-completed]
            """)
        .without("use-cases/cart.yaml"));
    Document goal = page("goals/legacy/index.html");
    assertThat(goal.getElementById("1.10")).isNotNull();
    assertThat(goal.getElementById("2024")).isNotNull();
    List<String> hrefs = page("index.html").select("table.goals td a").eachAttr("href");
    assertThat(hrefs).containsExactly("goals/legacy/#1.10", "goals/legacy/#2024");
    assertThat(Files.exists(dir.resolve("site/use-cases/1.10/index.html"))).isTrue();
  }

  @Test
  void collidingTitlesGetSuffixesInDocumentOrder() throws IOException {
    Run run = build(new ContentFixture()
        .with("goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: first
              - use_case: numbered
              - use_case: again
            """)
        .with("use-cases/first.yaml", useCase("Build high-value lookalikes"))
        .with("use-cases/numbered.yaml", useCase("Build high value lookalikes 1"))
        .with("use-cases/again.yaml", useCase("Build high value lookalikes"))
        .without("use-cases/cart.yaml"));
    Document goal = page("goals/optimize-advertising/index.html");
    assertThat(goal.select(".use-case").eachAttr("id"))
        .containsExactly("build-high-value-lookalikes", "build-high-value-lookalikes-1",
            "build-high-value-lookalikes-2");
    assertThat(run.err())
        .contains("warning: use case titles `Build high value lookalikes` and"
            + " `Build high-value lookalikes` both give the slug `build-high-value-lookalikes`");
  }

  @Test
  void emojiAndVariationSelectorsLeaveCleanIds() throws IOException {
    build(new ContentFixture()
        .with("goals/optimize.yaml", """
            title: Accelerate onboarding
            summary: help new users succeed
            use_cases:
              - use_case: modules
              - use_case: launch
              - use_case: settings
            """)
        .with("use-cases/modules.yaml", useCase("Modules 📦"))
        .with("use-cases/launch.yaml", useCase("🚀 Launch checklist"))
        .with("use-cases/settings.yaml", useCase("⚙️ Settings & setup"))
        .without("use-cases/cart.yaml"));
    List<String> ids =
        page("goals/accelerate-onboarding/index.html").select(".use-case").eachAttr("id");
    assertThat(ids).containsExactly("modules", "launch-checklist", "settings-setup");
    assertThat(String.join("", ids)).doesNotContain("\uFE0F");
  }

  @Test
  void markupInTextFieldsIsShownAsText() throws IOException {
    build(new ContentFixture()
        .with("goals/optimize.yaml", """
            title: Compare <Free> vs <Pro> plans
            summary: upgrade free users
            use_cases:
              - use_case: cart
            """)
        .with("use-cases/cart.yaml", """
            title: "Upgrade prompt </h2><script>alert('x')</script>"
            summary: show a prompt at the limit
            events: [order-completed]
            """)
        .with("events/order-completed.yaml", """
            name: Plan <b>Viewed</b>
            properties: [plan, "<img src=x onerror=alert(1)>"]
            """));
    Path file = dir.resolve("site/goals/compare-free-vs-pro-plans/index.html");
    Document goal = page("goals/compare-free-vs-pro-plans/index.html");
    assertThat(goal.selectFirst("h1").text()).isEqualTo("Compare <Free> vs <Pro> plans");
    assertThat(goal.title()).startsWith("Compare <Free> vs <Pro> plans");
    Element section = goal.getElementById("upgrade-prompt-h2scriptalertxscript");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst("h2").text())
        .isEqualTo("Upgrade prompt </h2><script>alert('x')</script>");
    assertThat(section.selectFirst("table.events th[scope=row]").text())
        .isEqualTo("Plan <b>Viewed</b>");
    assertThat(section.select("table.events td code").eachText())
        .contains("<img src=x onerror=alert(1)>");
    assertThat(goal.select("img, b, script:not([src])")).isEmpty();
    assertThat(goal.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("../../assets/"));
    assertThat(attributesStartingWith(goal, "on")).isEmpty();
    assertThat(Files.readString(file)).contains("&lt;Free&gt;");
  }

  @Test
  void markdownDropsScriptUrlsAndRawHtml() throws IOException {
    Run run = build(new ContentFixture().with("goals/optimize.yaml", """
        title: Nurture with content
        summary: nurture leads
        description: |
          Read the [guide](javascript:alert(1)) first.

          <script>alert(1)</script>

          Inline <img src=x onerror=alert(1)> and <a href="#" onclick="alert(1)">a link</a>.

          Also [mixed case](JaVaScRiPt:alert(1)), [entity](java&#115;cript:alert(1)) and [safe](https://example.com/guide).
        use_cases:
          - use_case: cart
        """));
    Document goal = page("goals/nurture-with-content/index.html");
    Element main = goal.selectFirst("main");
    assertThat(main.select("script, img")).isEmpty();
    assertThat(goal.select("script:not([src])")).isEmpty();
    assertThat(attributesStartingWith(goal, "on")).isEmpty();
    assertThat(main.text()).contains("<script>alert(1)</script>")
        .contains("<img src=x onerror=alert(1)>").contains("<a href=\"#\" onclick=\"alert(1)\">");
    for (String text : List.of("guide", "mixed case", "entity")) {
      assertThat(main.select("a:containsOwn(" + text + ")")).as(text).isEmpty();
      assertThat(main.text()).contains(text);
    }
    assertThat(main.selectFirst("a:containsOwn(safe)").attr("href"))
        .isEqualTo("https://example.com/guide");
    assertThat(run.err().lines().filter(line -> line.contains("can run script")).toList())
        .hasSize(3)
        .first().asString().contains(":4:20: warning: link destination `javascript:alert(1)`");
    for (Element element : goal.select("[href], [src]")) {
      String url = (element.attr("href") + element.attr("src")).strip().toLowerCase();
      assertThat(url).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
          .doesNotStartWith("data:");
    }
  }

  @Test
  void linkDestinationsWithParenthesesAndSpaces() throws IOException {
    Run run = build(new ContentFixture().with("goals/optimize.yaml", """
        title: Convert trials
        summary: turn trials into paid plans
        description: |
          See [the Unicode planes](https://en.wikipedia.org/wiki/Plane_(Unicode)#Basic_Multilingual_Plane).
          Read [the setup guide](<https://example.com/guides/setup guide.html>) or [the FAQ](https://example.com/guides/faq page.html).
        use_cases:
          - use_case: cart
        """));
    Element main = page("goals/convert-trials/index.html").selectFirst("main");
    assertThat(main.selectFirst("a:containsOwn(the Unicode planes)").attr("href"))
        .isEqualTo("https://en.wikipedia.org/wiki/Plane_(Unicode)#Basic_Multilingual_Plane");
    assertThat(main.selectFirst("a:containsOwn(the setup guide)").attr("href"))
        .isEqualTo("https://example.com/guides/setup%20guide.html");
    assertThat(main.select("a:containsOwn(the FAQ)")).isEmpty();
    assertThat(main.text()).contains("[the FAQ](https://example.com/guides/faq page.html)");
    assertThat(run.err()).contains(":5:86: warning: link destination"
        + " `https://example.com/guides/faq page.html` in description contains a space");
  }

  @Test
  void percentEncodedFragmentsResolve() throws IOException {
    ContentFixture fixture = new ContentFixture()
        .with("goals/optimize.yaml", """
            title: Track orders in Japan
            summary: follow Japanese orders
            description: |
              Raw: [see tracking](#注文完了の追跡).
              Pasted: [same](#%E6%B3%A8%E6%96%87%E5%AE%8C%E4%BA%86%E3%81%AE%E8%BF%BD%E8%B7%A1).
            use_cases:
              - use_case: tracking
            """)
        .with("use-cases/tracking.yaml", useCase("注文完了の追跡"))
        .without("use-cases/cart.yaml");
    build(fixture);
    assertThat(page("goals/track-orders-in-japan/index.html").getElementById("注文完了の追跡"))
        .isNotNull();

    Run broken = fixture.with("goals/optimize.yaml", """
        title: Track orders in Japan
        summary: follow Japanese orders
        description: |
          Truncated: [broken](#%E6%B3%A8%E6%96%87).
        use_cases:
          - use_case: tracking
        """).build(dir);
    assertThat(broken.exitCode()).isEqualTo(1);
    List<String> problems = broken.err().lines().filter(l -> l.contains("no element")).toList();
    assertThat(problems).containsExactly(dir.resolve("content/goals/optimize.yaml")
        + ":4:23: error: broken link `#%E6%B3%A8%E6%96%87` in description: no element with id"
        + " \"注文\" on goals/track-orders-in-japan/index.html (on the page"
        + " goals/track-orders-in-japan/index.html)");
  }

  @Test
  void orderFollowsTheContent() throws IOException {
    build(new ContentFixture()
        .with("site.yaml", """
            title: Test reference
            goals: [optimize, first]
            """)
        .with("goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                sources: [Reverse ETL, Website, Mobile]
                destinations: [Email Marketing, Analytics, Advertising]
            """)
        .with("goals/first.yaml", """
            title: Personalize first conversion
            summary: convert prospects
            use_cases:
              - use_case: cart
                sources: [Mobile, Website]
                destinations: [Advertising, Email Marketing]
            """)
        .with("use-cases/cart.yaml", """
            title: Mitigate cart abandonment
            summary: win back shoppers
            events: [order-completed, checkout-started]
            """)
        .with("events/checkout-started.yaml", """
            name: Checkout Started
            properties: [order_id, coupon]
            """)
        .with("events/order-completed.yaml", """
            name: Order Completed
            properties: [total, order_id, checkout_id, revenue]
            """));
    Document useCase = page("use-cases/mitigate-cart-abandonment/index.html");
    Elements tables = useCase.select("table.channels");
    assertThat(column(tables.get(0), 0)).containsExactly("Reverse ETL", "Website", "Mobile");
    assertThat(column(tables.get(0), 1))
        .containsExactly("Email Marketing", "Analytics", "Advertising");
    assertThat(column(tables.get(1), 0)).containsExactly("Mobile", "Website");
    assertThat(column(tables.get(1), 1)).containsExactly("Advertising", "Email Marketing");
    assertThat(useCase.select("table.events th[scope=row]").eachText())
        .containsExactly("Order Completed", "Checkout Started");
    assertThat(useCase.select("table.events tr").get(1).select("code").eachText())
        .containsExactly("total", "order_id", "checkout_id", "revenue");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() throws IOException {
    build(new ContentFixture().with("use-cases/cart.yaml",
        "\uFEFFtitle: Mitigate cart abandonment\r\nsummary: win back shoppers\r\n"
            + "events:\r\n  - order-completed\r\n"));
    assertThat(page("use-cases/mitigate-cart-abandonment/index.html").selectFirst("h1").text())
        .isEqualTo("Mitigate cart abandonment");
  }

  @Test
  void decomposedTitleGivesTheComposedSlug() throws IOException {
    build(new ContentFixture().with("use-cases/cart.yaml", """
        title: "Cafe\u0301 visits"
        summary: count visits
        events: [order-completed]
        """));
    assertThat(page("goals/optimize-advertising/index.html").getElementById("café-visits"))
        .isNotNull();
  }

  @Test
  void emptyOptionalFieldRendersNothing() throws IOException {
    build(new ContentFixture().with("goals/optimize.yaml", """
        title: Optimize advertising
        summary: improve return on ad spend
        description:
        use_cases:
          - use_case: cart
        """));
    assertThat(page("goals/optimize-advertising/index.html").text()).doesNotContain("null");
  }

  @Test
  void previousSlugRedirectsAndKeepsTheOldAnchor() throws IOException {
    build(new ContentFixture().with("use-cases/cart.yaml", """
        title: Recover abandoned carts
        slug: recover-carts
        previous_slugs: [mitigate-cart-abandonment]
        summary: win back shoppers
        events: [order-completed]
        """));
    Document redirect = page("use-cases/mitigate-cart-abandonment/index.html");
    assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0; url=../../use-cases/recover-carts/");
    assertThat(redirect.selectFirst("a").attr("href")).isEqualTo("../../use-cases/recover-carts/");
    Document goal = page("goals/optimize-advertising/index.html");
    Element oldAnchor = goal.getElementById("mitigate-cart-abandonment");
    assertThat(oldAnchor).isNotNull();
    assertThat(oldAnchor.parent().id()).isEqualTo("recover-carts");
  }

  @Test
  void aliasesShareAListOfChannels() throws IOException {
    build(new ContentFixture()
        .with("site.yaml", """
            title: Test reference
            goals: [optimize]
            """)
        .with("goals/optimize.yaml", """
            title: Optimize advertising
            summary: improve return on ad spend
            use_cases:
              - use_case: cart
                sources: &web [Website, Mobile]
                destinations: [Advertising]
              - use_case: churn
                sources: *web
                destinations: [Analytics]
            """)
        .with("use-cases/churn.yaml", useCase("Mitigate churn")));
    Document goal = page("goals/optimize-advertising/index.html");
    Element churn = goal.getElementById("mitigate-churn");
    assertThat(column(churn.selectFirst("table.channels"), 0)).containsExactly("Website", "Mobile");
  }

  @Test
  void brokenFileCausesNoFollowOnErrors() throws IOException {
    Run run = new ContentFixture()
        .with("events/order-completed.yaml", "name: Order Completed\nproperties: [order_id\n")
        .with("goals/optimize.yaml", "title: Optimize advertising\n\tsummary: x\n")
        .build(dir);
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> errors = run.err().lines().filter(line -> line.contains(": error: ")).toList();
    assertThat(errors).hasSize(2);
    assertThat(run.err()).doesNotContain("unknown event").doesNotContain("is not used")
        .doesNotContain("unknown goal");
  }

  @Test
  void symlinkOutsideContentRejected() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "root:x:0:0:secret line\n");
    Path content = new ContentFixture().write(dir);
    Files.createSymbolicLink(content.resolve("events/passwd.yaml"), secret);

    Run run = Run.of("build", "--content", content.toString(), "--templates",
        ContentFixture.TEMPLATES.toString(), "--out", dir.resolve("site").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(content.resolve("events/passwd.yaml")
        + ": error: content file is a symbolic link to " + secret.toRealPath()
        + ", outside the content folder");
    assertThat(run.err()).doesNotContain("secret line");
  }

  @Test
  void spreadsheetFormulasInTrackingPlansStayText() throws IOException {
    build(new ContentFixture().with("events/order-completed.yaml", """
        name: "@Order Completed"
        slug: order-completed
        properties: ["=HYPERLINK(\\"https://example.com\\")", total]
        """));
    Path csv = dir.resolve("site/use-cases/mitigate-cart-abandonment/tracking-plan.csv");
    try (var parser = org.apache.commons.csv.CSVParser.parse(csv,
        java.nio.charset.StandardCharsets.UTF_8,
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get())) {
      var record = parser.getRecords().get(0);
      assertThat(record.get("event")).isEqualTo("'@Order Completed");
      assertThat(record.get("properties"))
          .isEqualTo("'=HYPERLINK(\"https://example.com\"); total");
    }
  }

  private static String useCase(String title) {
    return "title: \"" + title + "\"\nsummary: do something\nevents: [order-completed]\n";
  }

  private static List<String> column(Element table, int index) {
    return table.select("tbody tr").stream()
        .map(row -> row.select("td").get(index).text())
        .filter(text -> !text.isEmpty())
        .toList();
  }

  private static List<String> attributesStartingWith(Document document, String prefix) {
    return document.getAllElements().stream()
        .flatMap(element -> element.attributes().asList().stream())
        .map(attribute -> attribute.getKey())
        .filter(key -> key.toLowerCase().startsWith(prefix))
        .toList();
  }
}
