package dev.surveygen.freemarker;

import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The survey views of the generated templates, each read once instead of on every render: the
 * method {@value #NAME} that {@link SurveyForms#configuration} shares with every template. A
 * generated template passes its view JSON to the components' {@code sgView}, which calls this
 * method when the configuration has it and reads the JSON with {@code ?eval_json} when it does not
 * (a host that configured FreeMarker itself); both give the same view, since this method reads the
 * JSON with {@code ?eval_json} too, once, in a template of its own.
 *
 * <p>The views are kept by their JSON text, weakly: the text is a string literal of the loaded
 * template, so a view lives exactly as long as FreeMarker keeps its template (its template cache
 * drops a template that changed or was evicted, and the view goes with it). Renders pass the
 * literal's own string, so finding the view costs a hash that the string keeps and one identity
 * comparison. The views are FreeMarker's own read-only models (hashes and sequences whose entries
 * are all models already, so reading them never writes), shared between renders and threads.
 */
final class SurveyViews implements TemplateMethodModelEx {

    /** The shared variable's name, which the components' {@code sgView} looks for. */
    static final String NAME = "surveygenViews";

    private static final String READ = "<#assign view = json?eval_json>";

    private final Map<String, TemplateModel> views = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel json)) {
            throw new TemplateModelException(NAME + " takes the view's JSON text, one string");
        }
        String text = json.getAsString();
        TemplateModel view = views.get(text);
        if (view == null) {
            view = read(text);
            views.put(text, view);
        }
        return view;
    }

    /** The view as {@code ?eval_json} reads it, in a template of its own. */
    private static TemplateModel read(String json) throws TemplateModelException {
        Environment current = Environment.getCurrentEnvironment();
        if (current == null) {
            throw new TemplateModelException(NAME + " is called by templates only");
        }
        try {
            Template reader = new Template("surveygen view reader", READ, current.getConfiguration());
            Environment env = reader.createProcessingEnvironment(Map.of("json", json), Writer.nullWriter());
            env.process();
            return env.getMainNamespace().get("view");
        } catch (TemplateException | IOException e) {
            throw new TemplateModelException("the survey view is not JSON: " + e.getMessage(), e);
        }
    }
}
