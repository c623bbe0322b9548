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
    void anOverrideDirectoryReplacesOneComponentAndNothingElse(@TempDir Path overrides) throws Exception {
        Files.createDirectories(dir.resolve("components"));
        Files.writeString(dir.resolve("components/lib.ftlh"), "<#include \"greeting.ftlh\"><#include \"farewell.ftlh\">");
        Files.writeString(dir.resolve("components/greeting.ftlh"), "<#macro greeting who>Hello, ${who}.</#macro>");
        Files.writeString(dir.resolve("components/farewell.ftlh"), "<#macro farewell who>Goodbye, ${who}.</#macro>");
        SurveyForms forms = forms("<#import \"components/lib.ftlh\" as sg><@sg.greeting who=\"<you>\"/> <@sg.farewell who=\"you\"/>");
        assertThat(forms.render("s", FormPage.empty())).isEqualTo("Hello, &lt;you&gt;. Goodbye, you.");

        Files.writeString(overrides.resolve("greeting.ftlh"), "<#macro greeting who>Hi ${who}!</#macro>");
        Files.writeString(overrides.resolve("s.ftlh"), "not a component: never used for the template");
        SurveyForms overridden = forms.withOverrides(overrides);
        assertThat(overridden.render("s", FormPage.empty())).isEqualTo("Hi &lt;you&gt;! Goodbye, you.");
        assertThat(forms.render("s", FormPage.empty())).as("the original is unchanged").isEqualTo("Hello, &lt;you&gt;. Goodbye, you.");
        assertThat(forms.withOverrides(new freemarker.cache.StringTemplateLoader()).render("s", FormPage.empty()))
                .as("a loader that has nothing overrides nothing").isEqualTo("Hello, &lt;you&gt;. Goodbye, you.");
        // The overrides are rendered with the same lockdown.
        Files.writeString(overrides.resolve("farewell.ftlh"), "<#macro farewell who>${who?api.length()}</#macro>");
        assertThatThrownBy(() -> forms.withOverrides(overrides).render("s", FormPage.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("api");
        assertThatThrownBy(() -> forms.withOverrides(overrides.resolve("missing")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("missing");
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
