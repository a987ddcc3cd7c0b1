package org.casebook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Boost retention, upsell, and cross-sell | boost-retention-upsell-and-cross-sell",
        "SMS & Push Notifications | sms-push-notifications",
        "Build high-value lookalikes | build-high-value-lookalikes",
        "Modules 📦 | modules",
        "🚀 Launch checklist | launch-checklist",
        "⚙️ Settings & setup | settings-setup",
        "Upgrade prompt </h2><script>alert('x')</script> | upgrade-prompt-h2scriptalertxscript",
        "注文完了の追跡 | 注文完了の追跡",
        "Ünïcödé Títle | ünïcödé-títle",
        "snake_case and-hyphen | snake_case-and-hyphen",
        "  --Leading and trailing--  | leading-and-trailing",
        "Version 1.10 | version-110",
        "Tab\tand\u00A0no-break space | tab-and-no-break-space",
        "Zero\u200Dwidth joiner | zerowidth-joiner",
        "ИДЕНТИФИКАТОР Страницы | идентификатор-страницы",
        "١٢٣ digits | ١٢٣-digits",
      })
  void derivesTheSlug(String title, String slug) {
    assertThat(Slugs.derive(title)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource({"🎉", "!!!", "' '", "&"})
  void titleWithoutLettersGivesEmptySlug(String title) {
    assertThat(Slugs.derive(title)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"TITLE IN CAPS, title-in-caps", "Istanbul Iİ, istanbul-ii̇"})
  void lowerCaseIgnoresTheDefaultLocale(String title, String slug) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Slugs.derive(title)).isEqualTo(slug);
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource({"Cafe\u0301, café", "e\u0301clair, éclair"})
  void decomposedAndComposedFormsGiveOneSlug(String decomposed, String slug) {
    assertThat(Slugs.derive(decomposed)).isEqualTo(slug);
  }
}
