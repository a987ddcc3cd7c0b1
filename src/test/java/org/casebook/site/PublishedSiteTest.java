package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the project's content under {@code /docs/}, serves it over HTTP on 127.0.0.1 the way
 * GitHub Pages does, and follows every link from the home page.
 */
class PublishedSiteTest {
  @TempDir static Path temp;

  private static PagesServer server;
  private static String baseUrl;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .proxy(HttpClient.Builder.NO_PROXY)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Status of every internal URL reached from the home page, and the parsed HTML pages. */
  private static final Map<String, Integer> STATUSES = new LinkedHashMap<>();
  private static final Map<String, Document> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void buildServeAndCrawl() throws Exception {
    Path out = temp.resolve("site");
    server = PagesServer.start("/docs/", out);
    baseUrl = server.baseUrl();
    new SiteBuilder(RealSite.options(out, "/docs/", baseUrl), Map.of()).build();
    crawl(baseUrl);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyInternalUrlAnswers200() {
    Map<String, Integer> failed = new LinkedHashMap<>(STATUSES);
    failed.values().removeIf(status -> status == 200);

    assertThat(STATUSES).hasSizeGreaterThan(50);
    assertThat(failed).isEmpty();
  }

  @Test
  void crawlReachesEverySitemapPage() throws Exception {
    Document sitemap = Jsoup.parse(get(baseUrl + "sitemap.xml").body(), "", Parser.xmlParser());
    List<String> locs = sitemap.select("url > loc").eachText();

    assertThat(locs).isNotEmpty();
    assertThat(PAGES.keySet()).containsAll(locs);
  }

  @Test
  void crawlFetchesDownloadsAndAssets() {
    assertThat(STATUSES).containsEntry(baseUrl + "assets/site.css", 200);
    assertThat(STATUSES).containsEntry(baseUrl + "assets/favicon.svg", 200);
    assertThat(STATUSES)
        .containsEntry(baseUrl + "goals/optimize-advertising/tracking-plan.csv", 200);
    assertThat(STATUSES)
        .containsEntry(baseUrl + "use-cases/accelerate-signup/tracking-plan.json", 200);
  }

  @Test
  void pagesCarryCanonicalAndSocialTags() {
    String siteTitle = PAGES.get(baseUrl).selectFirst("title").text();
    assertThat(PAGES).hasSizeGreaterThan(40);

    PAGES.forEach((url, page) -> {
      String description = content(page, "meta[name=description]");
      assertThat(page.selectFirst("html").attr("lang")).as(url).isEqualTo("en");
      assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(url).isEqualTo(url);
      assertThat(content(page, "meta[property=og:url]")).as(url).isEqualTo(url);
      assertThat(content(page, "meta[property=og:type]")).as(url).isEqualTo("website");
      assertThat(content(page, "meta[property=og:site_name]")).as(url).isEqualTo(siteTitle);
      assertThat(content(page, "meta[property=og:title]")).as(url).isNotBlank();
      assertThat(content(page, "meta[property=og:description]")).as(url).isEqualTo(description);
      assertThat(content(page, "meta[name=twitter:card]")).as(url).isEqualTo("summary");
      assertThat(content(page, "meta[name=twitter:title]")).as(url)
          .isEqualTo(content(page, "meta[property=og:title]"));
      assertThat(content(page, "meta[name=twitter:description]")).as(url).isEqualTo(description);
      assertThat(page.select("link[rel=icon]").eachAttr("abs:href")).as(url)
          .containsExactly(baseUrl + "assets/favicon.svg");
    });
  }

  @Test
  void pageTitleIsOgTitle() {
    Document goal = PAGES.get(baseUrl + "goals/optimize-advertising/");

    assertThat(content(goal, "meta[property=og:title]"))
        .isEqualTo(goal.selectFirst("h1").text());
  }

  @Test
  void deepMissingUrlServesNotFoundPage() throws Exception {
    String missing = baseUrl + "a/b/c/missing/";
    HttpResponse<String> response = get(missing);
    Document page = Jsoup.parse(response.body(), missing);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(page.select("link[rel=canonical]")).isEmpty();
    assertThat(content(page, "meta[name=robots]")).isEqualTo("noindex");
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/docs/assets/site.css", "/docs/assets/reader.css");
  }

  @Test
  void notFoundPageLinksAnswer200AtDepth() throws Exception {
    String missing = baseUrl + "a/b/c/missing/";
    Document page = Jsoup.parse(get(missing).body(), missing);
    List<String> urls = new ArrayList<>();
    for (Element element : page.select("a[href], link[href], script[src], img[src]")) {
      String raw = element.hasAttr("href") ? element.attr("href") : element.attr("src");
      if (raw.startsWith("#")) {
        continue;
      }
      assertThat(raw).as(element.outerHtml()).startsWith("/docs/");
      urls.add(withoutFragment(element.absUrl(element.hasAttr("href") ? "href" : "src")));
    }

    assertThat(urls).contains(baseUrl + "assets/site.css", baseUrl, baseUrl + "reference/");
    for (String url : new LinkedHashSet<>(urls)) {
      assertThat(get(url).statusCode()).as(url).isEqualTo(200);
    }
  }

  @Test
  void nojekyllIsPublished() throws Exception {
    Path marker = temp.resolve("site").resolve(".nojekyll");

    assertThat(marker).isRegularFile();
    assertThat(Files.size(marker)).isZero();
  }

  private static void crawl(String start) throws IOException, InterruptedException {
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new LinkedHashSet<>(queue);
    while (!queue.isEmpty()) {
      String url = queue.removeFirst();
      HttpResponse<String> response = get(url);
      STATUSES.put(url, response.statusCode());
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200 || !type.startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(response.body(), url);
      PAGES.put(url, page);
      for (String link : links(page)) {
        if (link.startsWith(baseUrl) && seen.add(link)) {
          queue.addLast(link);
        }
      }
    }
  }

  private static List<String> links(Document page) {
    List<String> links = new ArrayList<>();
    for (Element element : page.select("a[href], link[href], area[href]")) {
      links.add(withoutFragment(element.absUrl("href")));
    }
    for (Element element : page.select("script[src], img[src], source[src], iframe[src]")) {
      links.add(withoutFragment(element.absUrl("src")));
    }
    return links;
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static String content(Document page, String selector) {
    Element element = page.selectFirst(selector);
    assertThat(element).as(selector).isNotNull();
    return element.attr("content");
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
