package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same definition gives the same bytes, whatever the run, default locale or time zone. */
class DeterminismTest {

    @Test
    void sameBytesAcrossRunsLocalesAndTimeZones() {
        String yaml = DifferentialTest.readResource("/surveys/every-feature.yaml");
        List<GeneratedFile> first = generate(yaml);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(generate(yaml)).isEqualTo(first);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(generate(yaml)).isEqualTo(first);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(generate(yaml)).isEqualTo(first);
        assertThat(first).allSatisfy(f -> assertThat(f.content()).doesNotContain("\r").endsWith("\n"));
    }

    private static List<GeneratedFile> generate(String yaml) {
        Survey survey = GeneratedSurvey.load("every-feature.yaml", yaml);
        return new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()).files();
    }
}
