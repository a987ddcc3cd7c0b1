package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.casebook.testing.ContentFixture.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the project's own catalog once and reads each kind of page as a reader would. */
class RealSiteTest {
  @TempDir static Path dir;
  static Path site;
  static Run run;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    run = Run.of("build", "--content", "content", "--templates", "templates", "--out",
        site.toString());
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static List<String> cells(Element table, int column) {
    return table.select("tbody tr").stream()
        .map(row -> row.child(column).text())
        .filter(text -> !text.isEmpty())
        .toList();
  }

  @Test
  void buildSucceedsWithOneSummaryLine() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().toList()).hasSize(1);
    assertThat(run.out()).matches("built 54 pages \\(106 files\\) in .*site; checked \\d+ links;"
        + " \\d+\\.\\d\\d s\\n");
  }

  @Test
  void catalogJsonMatchesTheSourceCatalog() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/seed-catalog.json")) {
      expected = mapper.readTree(in);
    }
    JsonNode actual = mapper.readTree(site.resolve("catalog.json").toFile());
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("goals")).hasSize(4);
  }

  @Test
  void indexListsGoalsAndUseCases() throws IOException {
    Element table = page("index.html").selectFirst("table.goals");
    assertThat(table.select("tbody th[scope=row]").eachText())
        .containsExactly("Optimize advertising", "Personalize first conversion",
            "Boost retention, upsell, and cross-sell",
            "Personalize communications and product experiences");
    Element firstRow = table.selectFirst("tbody tr");
    assertThat(firstRow.select("td a").eachText())
        .containsExactly("Build high-value lookalikes", "Build lookalikes for app install",
            "Increase signups with lookalikes", "Mitigate cart abandonment",
            "Mitigate high value churn", "Suppress based on time", "Suppress with purchase");
    assertThat(firstRow.select("td a").first().attr("href"))
        .isEqualTo("goals/optimize-advertising/#build-high-value-lookalikes");
    assertThat(table.select("td a")).hasSize(25);
  }

  @Test
  void goalPageHasASectionPerUseCase() throws IOException {
    Document goal = page("goals/boost-retention-upsell-and-cross-sell/index.html");
    assertThat(goal.selectFirst("h1").text()).isEqualTo("Boost retention, upsell, and cross-sell");
    assertThat(goal.select(".use-case").eachAttr("id"))
        .containsExactly("build-high-value-lookalikes", "increase-repeat-purchases",
            "mitigate-high-value-churn", "nurture-with-content", "personalize-upsell-content",
            "personalize-winback");
    Element repeat = goal.getElementById("increase-repeat-purchases");
    Element events = repeat.selectFirst("table.events");
    assertThat(cells(events, 0)).containsExactly("Page Viewed", "Order Completed");
    assertThat(events.select("tbody tr").get(0).select("code").eachText())
        .containsExactly("page_category", "page_name");
    Element channels = repeat.selectFirst("table.channels");
    assertThat(cells(channels, 0))
        .containsExactly("Website", "Mobile", "Reverse ETL", "Advertising");
    assertThat(cells(channels, 1))
        .containsExactly("Reverse ETL", "Personalization", "Analytics", "Email Marketing",
            "SMS & Push Notifications");
  }

  @Test
  void useCasePageShowsChannelsPerGoal() throws IOException {
    Document useCase = page("use-cases/mitigate-cart-abandonment/index.html");
    assertThat(useCase.select("h3").eachText())
        .containsExactly("Optimize advertising", "Personalize first conversion");
    List<Element> tables = useCase.select("table.channels");
    assertThat(cells(tables.get(0), 1)).containsExactly("Reverse ETL", "Analytics", "Advertising");
    assertThat(cells(tables.get(1), 1))
        .containsExactly("Personalization", "Reverse ETL", "Analytics",
            "SMS & Push Notifications", "Email Marketing");
    assertThat(cells(useCase.selectFirst("table.events"), 0))
        .containsExactly("Checkout Started", "Order Completed");
  }

  @Test
  void eventPageListsPropertiesAndUseCases() throws IOException {
    Document event = page("events/order-completed/index.html");
    assertThat(event.select("table.properties td").eachText())
        .containsExactly("num_items", "order_id", "checkout_id", "total", "revenue", "shipping",
            "tax", "affiliation", "products");
    Element groups = event.selectFirst("table.groups");
    assertThat(groups.select("th[scope=row]").eachText()).hasSize(4);
    assertThat(groups.selectFirst("tbody tr").select("td a").eachText())
        .containsExactly("Build high-value lookalikes", "Mitigate cart abandonment",
            "Mitigate high value churn", "Suppress based on time", "Suppress with purchase");
  }

  @Test
  void channelPagesListRecommendingUseCases() throws IOException {
    Document source = page("sources/advertising/index.html");
    assertThat(source.selectFirst("h1").text()).isEqualTo("Advertising (source type)");
    assertThat(source.selectFirst("table.groups tbody tr").select("td a").eachText())
        .containsExactly("Build high-value lookalikes", "Build lookalikes for app install",
            "Increase signups with lookalikes");
    Document destination = page("destinations/sms-push-notifications/index.html");
    assertThat(destination.selectFirst("h1").text())
        .isEqualTo("SMS & Push Notifications (destination type)");
    assertThat(destination.select("table.groups th[scope=row]").eachText())
        .containsExactly("Personalize first conversion", "Boost retention, upsell, and cross-sell",
            "Personalize communications and product experiences");
  }

  @Test
  void referencePageKeepsTheSourcePageIds() throws IOException {
    Document reference = page("reference/index.html");
    for (String id : List.of("use-cases-by-business-goal",
        "suggested-events-sources-and-destinations", "optimize-advertising",
        "build-high-value-lookalikes", "build-lookalikes-for-app-install",
        "increase-signups-with-lookalikes", "mitigate-cart-abandonment",
        "mitigate-high-value-churn", "personalize-first-conversion",
        "acquire-paid-subscriptions", "convert-trials-to-paid-subscriptions",
        "boost-retention-upsell-and-cross-sell", "increase-repeat-purchases",
        "personalize-upsell-content", "personalize-communications-and-product-experiences")) {
      assertThat(reference.getElementById(id)).as(id).isNotNull();
    }
    Element cart = reference.getElementById("mitigate-cart-abandonment");
    assertThat(cart.parent().id()).isEqualTo("optimize-advertising");
    assertThat(cart.selectFirst("h4").text()).isEqualTo("Mitigate cart abandonment");
    Element again =
        reference.getElementById("boost-retention-upsell-and-cross-sell-build-high-value-lookalikes");
    assertThat(again).isNotNull();
    assertThat(again.parent().id()).isEqualTo("boost-retention-upsell-and-cross-sell");
    assertThat(reference.select(".use-case")).hasSize(25);
  }

  @Test
  void everyPageSharesTheLayout() throws IOException {
    for (String path : List.of("index.html", "goals/optimize-advertising/index.html",
        "use-cases/accelerate-signup/index.html", "events/signed-up/index.html",
        "sources/website/index.html", "destinations/analytics/index.html",
        "reference/index.html", "events/index.html")) {
      Document document = page(path);
      assertThat(document.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
      assertThat(document.select("nav.goal-nav a")).as(path).hasSize(6);
      assertThat(document.selectFirst("a.site-title").text()).isEqualTo("Use Cases Reference");
      assertThat(document.select("main")).hasSize(1);
      Path folder = site.resolve(path).getParent();
      assertThat(document.select("script[src]").eachAttr("src")).as(path)
          .allMatch(src -> folder.resolve(src).normalize().startsWith(site.resolve("assets")));
    }
  }

  @Test
  void checkFindsNoProblemInSite() {
    Run check = Run.of("check", site.toString());
    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.out()).contains("; 0 problems");
  }
}
