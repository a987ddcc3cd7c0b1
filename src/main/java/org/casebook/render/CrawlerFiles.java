package org.casebook.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code sitemap.xml} (sitemap protocol 0.9) and {@code robots.txt}.
 *
 * <p>Output depends only on the arguments, so a build is reproducible.
 */
final class CrawlerFiles {
  /** The XML namespace of the sitemap protocol, version 0.9. */
  static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private CrawlerFiles() {}

  /**
   * Returns a sitemap listing each URL once, sorted.
   *
   * @param urls absolute, already percent-encoded page URLs
   * @param lastModified the {@code lastmod} date of every entry, or empty to leave it out
   */
  static byte[] sitemap(List<String> urls, Optional<LocalDate> lastModified) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
      for (String url : urls.stream().distinct().sorted().toList()) {
        writeEntry(xml, url, lastModified);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("failed to write sitemap.xml", e);
    }
    bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static void writeEntry(XMLStreamWriter xml, String url, Optional<LocalDate> lastModified)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("url");
    xml.writeCharacters("\n    ");
    xml.writeStartElement("loc");
    xml.writeCharacters(url);
    xml.writeEndElement();
    if (lastModified.isPresent()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("lastmod");
      xml.writeCharacters(lastModified.get().format(DateTimeFormatter.ISO_LOCAL_DATE));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  /**
   * Returns a {@code robots.txt} that lets every crawler fetch every page and names the sitemap
   * when its URL is known.
   *
   * @param sitemapUrl the absolute URL of {@code sitemap.xml}, or empty
   */
  static byte[] robots(String sitemapUrl) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    if (!sitemapUrl.isEmpty()) {
      text.append("\nSitemap: ").append(sitemapUrl).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
