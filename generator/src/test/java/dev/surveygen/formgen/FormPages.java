package dev.surveygen.formgen;

import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import dev.surveygen.semantics.FormValues;
import dev.surveygen.semantics.ReferenceInterpreter;
import dev.surveygen.semantics.Violation;
import dev.surveygen.freemarker.SurveyForms;
import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The generated form files of a survey written to a directory, and a host for the runtime
 * template: the test server's {@code GET /form} and {@code POST /submit} render the generated
 * {@code .ftlh} with FreeMarker as a host application would (docs/forms.md), judging submissions
 * with the reference interpreter.
 */
final class FormPages {

    final Survey survey;
    /** The locale the form was generated in. */
    final String locale;
    final Path root;
    final String ftlh;
    final String staticPage;
    final ReferenceInterpreter reference;
    /** The bodies of every POST /submit, decoded. */
    final List<Map<String, List<String>>> submissions = new CopyOnWriteArrayList<>();
    /** Whether violations are handed to the template as records (true) or as maps (false). */
    volatile boolean violationsAsRecords = true;

    private FormPages(Survey survey, String locale, Path root, String ftlh, String staticPage) {
        this.survey = survey;
        this.locale = locale;
        this.root = root;
        this.ftlh = ftlh;
        this.staticPage = staticPage;
        this.reference = new ReferenceInterpreter(survey);
    }

    static FormPages write(Survey survey, Path root) throws IOException {
        return write(survey, survey.defaultLocale(), root);
    }

    /** The form generated in {@code locale}, one of the survey's. */
    static FormPages write(Survey survey, String locale, Path root) throws IOException {
        String ftlh = null;
        String page = null;
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, locale)) {
            Files.createDirectories(root.resolve(file.path()).getParent());
            Files.writeString(root.resolve(file.path()), file.content());
            if (file.path().endsWith(".ftlh")) {
                ftlh = file.content();
            } else if (file.path().endsWith(".html")) {
                page = file.content();
            }
        }
        return new FormPages(survey, locale, root, ftlh, page);
    }

    String staticName() {
        return survey.id() + ".html";
    }

    /** The runtime template rendered as a host would: with SurveyForms.configuration and the components beside it. */
    String render(Map<String, Object> model) throws IOException {
        Configuration config = SurveyForms.configuration(new FileTemplateLoader(root.toFile()));
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(survey.id() + ".ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new IOException(e);
        }
        return out.toString();
    }

    /** The reference's violations of a submission. */
    List<Violation> check(Map<String, List<String>> form) {
        return reference.check(FormValues.toResponse(survey, form));
    }

    String message(Violation v) {
        return v.message().in(locale, survey.defaultLocale());
    }

    /** The page a host shows after a submission: the form again with its violations, or a receipt. */
    String afterSubmit(Map<String, List<String>> form) throws IOException {
        List<Violation> violations = check(form);
        if (violations.isEmpty()) {
            return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>受付</title></head>"
                    + "<body><main><h1 id=\"received\">受け付けました</h1></main></body></html>";
        }
        List<Object> views = new ArrayList<>();
        for (Violation v : violations) {
            views.add(violationsAsRecords ? new ViolationView(v.question(), v.code().code(), message(v))
                    : Map.of("question", v.question(), "message", message(v)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("answers", form);
        model.put("violations", views);
        model.put("action", "/submit");
        return render(model);
    }

    /** Serves {@code /form} (the empty runtime form posting to /submit) and {@code /submit}. */
    void serve(Browser browser) {
        browser.handle("/" + survey.id() + ".form.html", exchange -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("action", "/submit");
            model.put("hiddenFields", Map.of("_csrf", "token-1"));
            Browser.respond(exchange, 200, render(model));
        });
        browser.handle("/submit", exchange -> {
            Map<String, List<String>> form = parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            submissions.add(Map.copyOf(form));
            Browser.respond(exchange, 200, afterSubmit(form));
        });
    }

    String formName() {
        return survey.id() + ".form.html";
    }

    static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }
}
