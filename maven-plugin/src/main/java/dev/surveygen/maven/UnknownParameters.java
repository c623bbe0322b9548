package dev.surveygen.maven;

import dev.surveygen.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Maven silently ignores a {@code <configuration>} element that names no parameter, so a typo
 * such as {@code <packageNmae>} would generate into the default package. This check reads the
 * configuration as written in the POM (the plugin's own, and that of the running execution) and
 * reports every element that no goal of this plugin knows, with the nearest parameter name.
 */
final class UnknownParameters {

    private UnknownParameters() {}

    /** One message per unknown element; empty when the configuration is clean. */
    static List<String> find(MavenProject project, MojoExecution execution) {
        MojoDescriptor mojo = execution.getMojoDescriptor();
        Set<String> known = new TreeSet<>();
        for (MojoDescriptor each : mojo.getPluginDescriptor().getMojos()) {
            if (!each.getGoal().equals("help") || each.getGoal().equals(mojo.getGoal())) {
                addNames(each, known);
            }
        }
        String key = mojo.getPluginDescriptor().getPluginLookupKey();
        List<String> problems = new ArrayList<>();
        for (Plugin plugin : plugins(project, key)) {
            check(plugin.getConfiguration(), "the configuration of " + plugin.getArtifactId(), known, problems);
            for (PluginExecution pluginExecution : plugin.getExecutions()) {
                if (pluginExecution.getId().equals(execution.getExecutionId())) {
                    check(pluginExecution.getConfiguration(), "the configuration of " + plugin.getArtifactId()
                            + " execution '" + pluginExecution.getId() + "'", known, problems);
                }
            }
        }
        return List.copyOf(new TreeSet<>(problems));
    }

    private static List<Plugin> plugins(MavenProject project, String key) {
        List<Plugin> found = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            if (plugin.getKey().equals(key)) {
                found.add(plugin);
            }
        }
        if (found.isEmpty() && project.getPluginManagement() != null) {
            for (Plugin plugin : project.getPluginManagement().getPlugins()) {
                if (plugin.getKey().equals(key)) {
                    found.add(plugin);
                }
            }
        }
        return found;
    }

    private static void addNames(MojoDescriptor mojo, Set<String> names) {
        if (mojo.getParameters() == null) {
            return;
        }
        for (Parameter parameter : mojo.getParameters()) {
            if (parameter.isEditable()) {
                names.add(parameter.getName());
                if (parameter.getAlias() != null) {
                    names.add(parameter.getAlias());
                }
            }
        }
    }

    private static void check(Object configuration, String where, Set<String> known, List<String> problems) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return;
        }
        for (Xpp3Dom child : dom.getChildren()) {
            if (!known.contains(child.getName())) {
                problems.add("unknown parameter <" + child.getName() + "> in " + where
                        + Suggestions.didYouMean(child.getName(), known) + "; the parameters are: "
                        + String.join(", ", known));
            }
        }
    }
}
