package dev.surveygen.javagen;

import dev.surveygen.model.Survey;
import java.util.List;
import java.util.Map;

/** The surveys and corpora of the differential tests, for tests in other packages. */
public final class TestSurveys {

    private TestSurveys() {}

    public static Survey mhlw() {
        return GeneratedSurvey.loadFile(DifferentialTest.MHLW);
    }

    public static Survey everyFeature() {
        return GeneratedSurvey.loadResource("/surveys/every-feature.yaml");
    }

    public static Survey everyFeatureRejectingFullWidthDigits() {
        return GeneratedSurvey.load("reject.yaml", DifferentialTest.readResource("/surveys/every-feature.yaml")
                .replace("full-width-digits: nfkc", "full-width-digits: reject"));
    }

    public static Survey load(String name, String yaml) {
        return GeneratedSurvey.load(name, yaml);
    }

    /** Seeded form submissions and JSON responses, as the Java differential test uses them. */
    public static Corpus corpus(Survey survey, long seed) {
        ResponseCorpus corpus = new ResponseCorpus(survey, seed);
        return new Corpus() {
            @Override
            public Map<String, List<String>> nextForm() {
                return corpus.nextForm();
            }

            @Override
            public Map<String, Object> nextJson() {
                return corpus.nextJson();
            }
        };
    }

    /** A source of responses. */
    public interface Corpus {
        Map<String, List<String>> nextForm();

        Map<String, Object> nextJson();
    }
}
