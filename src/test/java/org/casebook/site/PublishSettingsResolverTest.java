package org.casebook.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.casebook.catalog.Site;
import org.casebook.diag.BuildFailedException;
import org.casebook.render.PublishSettings;
import org.junit.jupiter.api.Test;

class PublishSettingsResolverTest {
  private static final Site SITE_WITH_URL =
      new Site("Title", "Description", "en", "https://docs.example.org/catalog", "", "");
  private static final Site SITE_WITHOUT_URL = new Site("Title", "Description", "en", "", "", "");

  @Test
  void optionWinsOverSiteYaml() {
    BuildOptions options = RealSite.options(Path.of("out"), "/pages/",
        "https://example.github.io/pages");

    PublishSettings settings = PublishSettingsResolver.resolve(options, SITE_WITH_URL, Map.of());

    assertThat(settings.baseUrl()).isEqualTo("https://example.github.io/pages/");
    assertThat(settings.basePath()).isEqualTo("/pages/");
  }

  @Test
  void siteYamlUsedWithoutOption() {
    BuildOptions options = RealSite.options(Path.of("out"), "/", "");

    PublishSettings settings = PublishSettingsResolver.resolve(options, SITE_WITH_URL, Map.of());

    assertThat(settings.baseUrl()).isEqualTo("https://docs.example.org/catalog/");
    assertThat(settings.basePath()).isEqualTo("/catalog/");
  }

  @Test
  void noUrlKeepsOptionBasePath() {
    BuildOptions options = RealSite.options(Path.of("out"), "/docs", "");

    PublishSettings settings =
        PublishSettingsResolver.resolve(options, SITE_WITHOUT_URL, Map.of());

    assertThat(settings.hasBaseUrl()).isFalse();
    assertThat(settings.basePath()).isEqualTo("/docs/");
    assertThat(settings.absoluteUrl("goals/a/")).isEmpty();
  }

  @Test
  void invalidSiteUrlNamesSiteYaml() {
    Site site = new Site("Title", "Description", "en", "docs.example.org/catalog", "", "");
    BuildOptions options = RealSite.options(Path.of("out"), "/", "");

    assertThatThrownBy(() -> PublishSettingsResolver.resolve(options, site, Map.of()))
        .isInstanceOfSatisfying(BuildFailedException.class, e -> {
          assertThat(e.diagnostics()).hasSize(1);
          assertThat(e.diagnostics().get(0).file()).endsWith("site.yaml");
          assertThat(e.diagnostics().get(0).message()).contains("docs.example.org/catalog");
        });
  }

  @Test
  void sourceDateEpochIsUtcDate() {
    BuildOptions options = RealSite.options(Path.of("out"), "/", "");
    // 2026-01-01T23:30:00Z is already 2 January east of UTC; the date must stay 1 January.
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767310200");

    PublishSettings settings = PublishSettingsResolver.resolve(options, SITE_WITHOUT_URL, env);

    assertThat(settings.lastModified()).isEqualTo(Optional.of(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void invalidSourceDateEpochFails() {
    BuildOptions options = RealSite.options(Path.of("out"), "/", "");

    for (String value : new String[] {"yesterday", "-5", "1.5"}) {
      Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", value);
      assertThatThrownBy(() -> PublishSettingsResolver.resolve(options, SITE_WITHOUT_URL, env))
          .as(value)
          .isInstanceOf(BuildFailedException.class)
          .hasMessageContaining(value);
    }
  }

  @Test
  void nonAsciiSlugIsPercentEncoded() {
    PublishSettings settings =
        new PublishSettings("/", "https://example.org/", Optional.empty());

    assertThat(settings.absoluteUrl("goals/größe/")).isEqualTo(
        "https://example.org/goals/gr%C3%B6%C3%9Fe/");
  }
}
