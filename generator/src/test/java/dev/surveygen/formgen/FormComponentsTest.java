package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.freemarker.SurveyForms;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each built-in component rendered alone, as a host renders it (SurveyForms' configuration), with a
 * small view: the exact HTML it writes. The view is JSON read with ?eval_json, as in a generated
 * template.
 */
class FormComponentsTest {

    private static final String TEXTS = """
            {"skipLink":"Skip","required":"(required)","optional":"(optional)","help":"How to answer",
             "references":"References","errorPrefix":"Error: ","errorSummaryTitle":"There is a problem",
             "errorSummaryItem":["","question",": ","message",""],"draftNotice":"d","draftRestore":"r",
             "draftDiscard":"x","submit":"Submit","export":"e","import":"i"}""";

    private static final String RADIO = """
            {"id":"Q1","htmlId":"q-Q1","kind":"radio","label":"Pick <one>","required":true,"hint":"A hint",
             "help":[],"references":[],"personal":false,"describedBy":"q-Q1.hint","anchor":"q-Q1=a",
             "choices":[{"code":"a","htmlId":"q-Q1=a","label":"A & B"},{"code":"b","htmlId":"q-Q1=b","label":"C"}]}""";

    private static String render(String call, String question) throws IOException {
        StringTemplateLoader driver = new StringTemplateLoader();
        driver.putTemplate("t.ftlh", "<#import \"components/surveygen.ftlh\" as sg>"
                + "<#assign q = r'" + question + "'?eval_json><#assign texts = r'" + TEXTS + "'?eval_json>" + call);
        TemplateLoader builtIn = new ClassTemplateLoader(FormComponentsTest.class, "/dev/surveygen/templates/");
        var config = SurveyForms.configuration(new MultiTemplateLoader(new TemplateLoader[] {driver, builtIn}));
        StringWriter out = new StringWriter();
        try {
            config.getTemplate("t.ftlh").process(Map.of(), out);
        } catch (TemplateException e) {
            throw new IOException(e);
        }
        return out.toString();
    }

    @Test
    void radios() throws IOException {
        assertThat(render("<@sg.radios question=q answers={\"Q1\": [\"b\"]} error=\"\" texts=texts/>", RADIO)).isEqualTo("""
                <fieldset class="sg-question" id="q-Q1.group" data-question="Q1" aria-describedby="q-Q1.hint">
                <legend class="sg-label"><span class="sg-qid">Q1</span> Pick &lt;one&gt; <span class="sg-tag sg-tag--required">(required)</span></legend>
                <p class="sg-hint" id="q-Q1.hint">A hint</p>
                <div class="sg-choices sg-choices--radio">
                <div class="sg-choice"><input class="sg-choice__input" type="radio" id="q-Q1=a" name="Q1" value="a"><label class="sg-choice__label" for="q-Q1=a">A &amp; B</label></div>
                <div class="sg-choice"><input class="sg-choice__input" type="radio" id="q-Q1=b" name="Q1" value="b" checked><label class="sg-choice__label" for="q-Q1=b">C</label></div>
                </div>
                </fieldset>
                """);
    }

    @Test
    void checkboxesWithAnError() throws IOException {
        String view = RADIO.replace("\"radio\"", "\"checkbox\"").replace("\"required\":true", "\"required\":false");
        assertThat(render("<@sg.checkboxes question=q answers={\"Q1\": [\"a\", \"b\"]} error=\"Select <one>\" texts=texts/>", view))
                .isEqualTo("""
                <fieldset class="sg-question sg-question--error" id="q-Q1.group" data-question="Q1" aria-describedby="q-Q1.hint q-Q1.error">
                <legend class="sg-label"><span class="sg-qid">Q1</span> Pick &lt;one&gt; <span class="sg-tag">(optional)</span></legend>
                <p class="sg-hint" id="q-Q1.hint">A hint</p>
                <p class="sg-error" id="q-Q1.error"><span class="sg-visually-hidden">Error: </span>Select &lt;one&gt;</p>
                <div class="sg-choices sg-choices--checkbox">
                <div class="sg-choice"><input class="sg-choice__input" type="checkbox" id="q-Q1=a" name="Q1" value="a" checked aria-invalid="true"><label class="sg-choice__label" for="q-Q1=a">A &amp; B</label></div>
                <div class="sg-choice"><input class="sg-choice__input" type="checkbox" id="q-Q1=b" name="Q1" value="b" checked aria-invalid="true"><label class="sg-choice__label" for="q-Q1=b">C</label></div>
                </div>
                </fieldset>
                """);
    }

    private static final String TEXT = """
            {"id":"Q2","htmlId":"q-Q2","kind":"text","label":"Name","required":false,"help":[],"references":[],
             "when":"Answer this question if you answered Q1.","personal":true,"choices":[],"describedBy":"q-Q2.when",
             "anchor":"q-Q2"}""";

    @Test
    void textInput() throws IOException {
        assertThat(render("<@sg.textInput question=q value=\"<typed>\" error=\"\" texts=texts/>", TEXT)).isEqualTo("""
                <div class="sg-question" id="q-Q2.group" data-question="Q2">
                <label class="sg-label" for="q-Q2"><span class="sg-qid">Q2</span> Name <span class="sg-tag">(optional)</span></label>
                <p class="sg-when" id="q-Q2.when">Answer this question if you answered Q1.</p>
                <div class="sg-input-wrapper">
                <input class="sg-input" id="q-Q2" name="Q2" type="text" autocomplete="name" value="&lt;typed&gt;" aria-describedby="q-Q2.when">
                </div>
                </div>
                """);
    }

    @Test
    void numberInputWithAUnitAndAnError() throws IOException {
        String view = TEXT.replace("\"text\"", "\"integer\"").replace("\"personal\":true", "\"personal\":false,\"unit\":\"beds\"");
        assertThat(render("<@sg.numberInput question=q value=\"abc\" error=\"Enter a whole number.\" texts=texts/>", view))
                .isEqualTo("""
                <div class="sg-question sg-question--error" id="q-Q2.group" data-question="Q2">
                <label class="sg-label" for="q-Q2"><span class="sg-qid">Q2</span> Name <span class="sg-tag">(optional)</span></label>
                <p class="sg-when" id="q-Q2.when">Answer this question if you answered Q1.</p>
                <p class="sg-error" id="q-Q2.error"><span class="sg-visually-hidden">Error: </span>Enter a whole number.</p>
                <div class="sg-input-wrapper">
                <input class="sg-input sg-input--number" id="q-Q2" name="Q2" type="text" inputmode="numeric" autocomplete="off" value="abc" aria-describedby="q-Q2.when q-Q2.error" aria-invalid="true">
                <span class="sg-unit">beds</span>
                </div>
                </div>
                """);
    }

    @Test
    void dateInputAndTextarea() throws IOException {
        String date = TEXT.replace("\"text\"", "\"date\"").replace("\"when\":\"Answer this question if you answered Q1.\",", "")
                .replace("\"q-Q2.when\"", "\"\"");
        assertThat(render("<@sg.dateInput question=q value=\"2025-01-31\" error=\"\" texts=texts/>", date)).isEqualTo("""
                <div class="sg-question" id="q-Q2.group" data-question="Q2">
                <label class="sg-label" for="q-Q2"><span class="sg-qid">Q2</span> Name <span class="sg-tag">(optional)</span></label>
                <div class="sg-input-wrapper">
                <input class="sg-input" id="q-Q2" name="Q2" type="date" autocomplete="name" value="2025-01-31">
                </div>
                </div>
                """);
        assertThat(render("<@sg.textarea question=q value=\"line 1\nline 2\" error=\"\" texts=texts/>", date.replace("\"date\"", "\"textarea\"")))
                .isEqualTo("""
                <div class="sg-question" id="q-Q2.group" data-question="Q2">
                <label class="sg-label" for="q-Q2"><span class="sg-qid">Q2</span> Name <span class="sg-tag">(optional)</span></label>
                <textarea class="sg-textarea" id="q-Q2" name="Q2" rows="5">line 1
                line 2</textarea>
                </div>
                """);
    }

    @Test
    void guidance() throws IOException {
        String view = """
                {"id":"Q3","htmlId":"q-Q3","help":[["First line","second <line>"],["Next"]],
                 "references":[{"title":"Guideline","section":"3.1","quote":[["Quoted"]],"url":"https://example.org"},
                               {"title":"Other","quote":[]}]}""";
        assertThat(render("<@sg.guidance question=q texts=texts/>", view)).isEqualTo("""
                <details class="sg-details">
                <summary>How to answer</summary>
                <div class="sg-details__body">
                <p>First line<br>second &lt;line&gt;</p>
                <p>Next</p>
                </div>
                </details>
                <details class="sg-details">
                <summary>References</summary>
                <div class="sg-details__body">
                <div class="sg-reference">
                <p class="sg-reference__title">Guideline<br>3.1</p>
                <blockquote class="sg-reference__quote"><p>Quoted</p></blockquote>
                <p class="sg-reference__url">https://example.org</p>
                </div>
                <div class="sg-reference">
                <p class="sg-reference__title">Other</p>
                </div>
                </div>
                </details>
                """);
    }

    @Test
    void errorSummaryConditionNoteHintErrorMessageAndNote() throws IOException {
        assertThat(render("<@sg.errorSummary violations=[{\"question\": \"Q1\", \"message\": \"Select <one>.\"},"
                + " {\"question\": \"Q9\", \"message\": \"m\"}] anchors={\"Q1\": \"q-Q1=a\"} texts=texts/>", "{}")).isEqualTo("""
                <div class="sg-error-summary" id="sg-error-summary" role="alert" tabindex="-1" aria-labelledby="sg-error-summary-title">
                <h2 class="sg-error-summary__title" id="sg-error-summary-title">There is a problem</h2>
                <ul class="sg-error-summary__list">
                <li><a href="#q-Q1=a">Q1: Select &lt;one&gt;.</a></li>
                <li>Q9: m</li>
                </ul>
                </div>
                """);
        assertThat(render("<@sg.conditionNote id=\"s-a.when\" text=\"Answer this section if <x>.\"/>", "{}"))
                .isEqualTo("<p class=\"sg-when\" id=\"s-a.when\">Answer this section if &lt;x&gt;.</p>\n");
        assertThat(render("<@sg.hint question=q/>", RADIO)).isEqualTo("<p class=\"sg-hint\" id=\"q-Q1.hint\">A hint</p>\n");
        assertThat(render("<@sg.errorMessage question=q error=\"Bad\" texts=texts/>", RADIO))
                .isEqualTo("<p class=\"sg-error\" id=\"q-Q1.error\"><span class=\"sg-visually-hidden\">Error: </span>Bad</p>\n");
        assertThat(render("<@sg.note question=q/>", "{\"id\":\"N\",\"htmlId\":\"q-N\",\"label\":\"Read this.\"}")).isEqualTo("""
                <div class="sg-question sg-note" id="q-N.group" data-question="N">
                <p>Read this.</p>
                </div>
                """);
    }

    @Test
    void questionDispatchesOnTheKindAndSectionListsItsQuestions() throws IOException {
        String state = "{\"answers\": {\"Q1\": \"a\"}, \"errors\": {}}";
        assertThat(render("<@sg.question question=q state=" + state + " texts=texts/>", RADIO))
                .isEqualTo(render("<@sg.radios question=q answers={\"Q1\": \"a\"} error=\"\" texts=texts/>", RADIO));
        String section = "{\"id\":\"a\",\"htmlId\":\"s-a\",\"title\":\"Section A\",\"description\":[[\"About\"]],"
                + "\"when\":\"Answer this section if x.\",\"questions\":[" + RADIO + "]}";
        assertThat(render("<@sg.section section=q state=" + state + " texts=texts/>", section)).isEqualTo("""
                <section class="sg-section" id="s-a" aria-labelledby="s-a.title">
                <h2 class="sg-section__title" id="s-a.title">Section A</h2>
                <p class="sg-when" id="s-a.when">Answer this section if x.</p>
                <p>About</p>
                """ + render("<@sg.radios question=q answers={\"Q1\": \"a\"} error=\"\" texts=texts/>", RADIO) + "</section>\n");
    }
}
