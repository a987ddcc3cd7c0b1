package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class SitemapTest {
  private static final String BASE_URL = "https://example.github.io/docs/";

  @Test
  void sitemapMatchesProtocolSchema() throws Exception {
    byte[] sitemap = render(Map.of()).get("sitemap.xml");

    assertThat(sitemap).isNotNull();
    assertThatCode(() -> validate(sitemap)).doesNotThrowAnyException();
  }

  @Test
  void schemaRejectsEntryWithoutLoc() {
    String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><lastmod>2026-01-01</lastmod></url></urlset>";

    assertThatThrownBy(() -> validate(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void sitemapListsExactlyTheGeneratedPages() throws Exception {
    SortedMap<String, byte[]> files = render(Map.of());

    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (isListedPage(file.getKey(), file.getValue())) {
        String path = file.getKey().substring(0, file.getKey().length() - "index.html".length());
        expected.add(BASE_URL + path);
      }
    }
    List<String> locs = locs(files.get("sitemap.xml"));

    assertThat(expected).contains(BASE_URL, BASE_URL + "reference/");
    assertThat(locs).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(locs).isSorted();
    assertThat(locs).doesNotContain(BASE_URL + "404.html");
  }

  @Test
  void sitemapOmitsLastmodByDefault() throws Exception {
    Document sitemap = parse(render(Map.of()).get("sitemap.xml"));

    assertThat(sitemap.select("url")).isNotEmpty();
    assertThat(sitemap.select("lastmod")).isEmpty();
  }

  @Test
  void sourceDateEpochSetsLastmod() throws Exception {
    byte[] bytes = render(Map.of("SOURCE_DATE_EPOCH", "1767312000")).get("sitemap.xml");
    Document sitemap = parse(bytes);

    assertThat(sitemap.select("lastmod")).hasSameSizeAs(sitemap.select("url"));
    assertThat(sitemap.select("lastmod").eachText()).containsOnly("2026-01-02");
    assertThatCode(() -> validate(bytes)).doesNotThrowAnyException();
  }

  @Test
  void sitemapIsTheSameOnEveryBuild() throws Exception {
    byte[] first = render(Map.of()).get("sitemap.xml");
    byte[] second = render(Map.of()).get("sitemap.xml");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void robotsNamesTheSitemap() throws Exception {
    String robots = new String(render(Map.of()).get("robots.txt"), StandardCharsets.UTF_8);

    assertThat(robots.lines()).contains("User-agent: *", "Allow: /");
    assertThat(robots.lines()).contains("Sitemap: " + BASE_URL + "sitemap.xml");
  }

  @Test
  void noBaseUrlMeansNoSitemap() throws Exception {
    SortedMap<String, byte[]> files = RealSite.render("/", "", Map.of()).files();
    String robots = new String(files.get("robots.txt"), StandardCharsets.UTF_8);

    assertThat(files).doesNotContainKey("sitemap.xml");
    assertThat(robots.lines()).contains("User-agent: *");
    assertThat(robots).doesNotContain("Sitemap:");
    assertThat(files).containsKey(".nojekyll");
    assertThat(files.get(".nojekyll")).isEmpty();
  }

  private static SortedMap<String, byte[]> render(Map<String, String> env) throws IOException {
    return RealSite.render("/docs/", BASE_URL, env).files();
  }

  private static boolean isListedPage(String path, byte[] html) {
    if (!path.endsWith("index.html")) {
      return false;
    }
    Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    return page.selectFirst("meta[http-equiv=refresh]") == null;
  }

  private static List<String> locs(byte[] sitemap) {
    return parse(sitemap).select("url > loc").stream().map(Element::text).toList();
  }

  private static Document parse(byte[] xml) {
    return Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  private static void validate(byte[] xml) throws SAXException, IOException {
    URL xsd = SitemapTest.class.getResource("/xsd/sitemap-0.9.xsd");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }
}
