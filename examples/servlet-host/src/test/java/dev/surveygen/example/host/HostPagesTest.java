package dev.surveygen.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The host's own pages in each locale the host offers: their language and nothing of another. */
class HostPagesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u3000-\u303F\uFF00-\uFFEF]");

    @Test
    void eachLocaleHasItsPagesInItsLanguage() throws Exception {
        for (String locale : HostPages.LOCALES) {
            HostPages pages = HostPages.of(locale);
            for (byte[] page : new byte[][] {pages.thanks(), pages.forbidden()}) {
                String html = new String(page, StandardCharsets.UTF_8);
                assertThat(html).as(locale).contains("<html lang=\"" + locale + "\">");
                assertThat(JAPANESE.matcher(html).find()).as(locale + " page with Japanese").isEqualTo(locale.equals("ja"));
            }
        }
        assertThat(new String(HostPages.of("en").thanks(), StandardCharsets.UTF_8)).contains("Your answers have been received");
        assertThat(new String(HostPages.of("ja").forbidden(), StandardCharsets.UTF_8)).contains("送信できませんでした");
    }

    @Test
    void aFormInALocaleWithoutPagesStopsTheHostWithAClearMessage() {
        assertThatThrownBy(() -> HostPages.of("fr")).hasMessage("the form is in the locale 'fr', but the host has pages only in"
                + " ja and en: add thanks.fr.html and forbidden.fr.html beside dev.surveygen.example.host.HostPages");
    }
}
