package dev.surveygen.freemarker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-call renderer: its configuration's lockdown, the page model, and clear errors. */
class SurveyFormsTest {

    @TempDir
    Path dir;

    private SurveyForms forms(String template) throws Exception {
        Files.writeString(dir.resolve("s.ftlh"), template);
        return SurveyForms.fromDirectory(dir);
    }

    @Test
    void theFormsLocaleIsTheOneItsTemplateDeclares() throws Exception {
        assertThat(forms("<#ftl output_format=\"HTML\" attributes={\"locale\": \"en\"}>x").locale("s")).isEqualTo("en");
        assertThatThrownBy(() -> forms("<#ftl output_format=\"HTML\">x").locale("s"))
                .hasMessage("the form template s.ftlh names no locale (<#ftl attributes={\"locale\": ...}>): generate it"
                        + " again with this surveygen");
        assertThatThrownBy(() -> forms("x").locale("other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no form template other.ftlh in ");
    }

    @Test
    void rendersThePageModelWithHtmlEscaping() throws Exception {
        SurveyForms forms = forms("<#list hiddenFields as n, v>${n}=${v};</#list>${answers['Q1'][0]}|${action!'-'}"
                + "|${assetsPath}|${preview?c}|${violations?size}");
        FormPage page = FormPage.builder().answers(Map.of("Q1", new String[] {"<b>&"})).hiddenField("_csrf", "\"x\"")
                .violations(List.of(Map.of("question", "Q1", "message", "m"))).build();
        assertThat(forms.render("s", page)).isEqualTo("_csrf=&quot;x&quot;;&lt;b&gt;&amp;|-|/surveygen/|false|1");
        assertThat(forms.render("s", FormPage.builder().answers(Map.of("Q1", List.of("a"))).action("/survey")
                .assetsPath("/app/surveygen/").preview(true).build())).isEqualTo("a|/survey|/app/surveygen/|true|0");
    }

    @Test
    void templatesCanNeitherInstantiateClassesNorReachTheApi() throws Exception {
        assertThatThrownBy(() -> forms("${'freemarker.template.utility.Execute'?new()('id')}").render("s", FormPage.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot render the form of s");
        assertThatThrownBy(() -> forms("${answers?api.size()}").render("s", FormPage.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("api");
    }

    @Test
    void anUnknownSurveyOrABadIdIsAClearError() throws Exception {
        SurveyForms forms = forms("x");
        assertThatThrownBy(() -> forms.render("other", FormPage.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no form template other.ftlh in the directory " + dir);
        assertThatThrownBy(() -> forms.render("../s", FormPage.empty())).hasMessage("'../s' is not a survey id");
        assertThatThrownBy(() -> SurveyForms.fromClasspath().render("nothing-here", FormPage.empty()))
                .hasMessageStartingWith("no form template nothing-here.ftlh in the classpath folder surveygen/forms/");
    }

    @Test
    void hiddenFieldsAreNamedAsTheHostsOwnAndTheAssetsPathEndsWithASlash() {
        assertThatThrownBy(() -> FormPage.builder().hiddenField("csrf", "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden field 'csrf': the host's field names start with '_' (such as _csrf), so that they are"
                        + " never taken for answers");
        assertThatThrownBy(() -> FormPage.builder().assetsPath("/static")).hasMessage("assetsPath '/static' must end with '/'");
        assertThat(FormPage.builder().hiddenField("_csrf", "t").build().hiddenFields()).containsExactly(Map.entry("_csrf", "t"));
    }
}
