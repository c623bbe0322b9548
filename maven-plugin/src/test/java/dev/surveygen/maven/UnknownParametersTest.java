package dev.surveygen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.DuplicateMojoDescriptorException;
import org.apache.maven.plugin.descriptor.DuplicateParameterException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** Configuration elements that no goal knows are reported with the nearest parameter name. */
class UnknownParametersTest {

    private static MojoDescriptor mojo(PluginDescriptor plugin, String goal, String... parameters)
            throws DuplicateMojoDescriptorException, DuplicateParameterException {
        MojoDescriptor mojo = new MojoDescriptor();
        mojo.setGoal(goal);
        mojo.setPluginDescriptor(plugin);
        for (String name : parameters) {
            Parameter parameter = new Parameter();
            parameter.setName(name);
            parameter.setEditable(true);
            mojo.addParameter(parameter);
        }
        plugin.addMojo(mojo);
        return mojo;
    }

    private static Xpp3Dom configuration(String... names) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        for (String name : names) {
            Xpp3Dom child = new Xpp3Dom(name);
            child.setValue("x");
            dom.addChild(child);
        }
        return dom;
    }

    @Test
    void reportsUnknownElementsOfThePluginAndOfTheRunningExecution() throws Exception {
        PluginDescriptor descriptor = new PluginDescriptor();
        descriptor.setGroupId("dev.surveygen");
        descriptor.setArtifactId("surveygen-maven-plugin");
        MojoDescriptor generate = mojo(descriptor, "generate", "packageName", "locale", "skip");
        mojo(descriptor, "lint", "locale", "maxSize");
        mojo(descriptor, "help", "detail");

        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.surveygen");
        plugin.setArtifactId("surveygen-maven-plugin");
        plugin.setConfiguration(configuration("maxSize", "lcoale"));
        PluginExecution mine = new PluginExecution();
        mine.setId("mine");
        mine.setConfiguration(configuration("packageNmae", "skip"));
        PluginExecution other = new PluginExecution();
        other.setId("other");
        other.setConfiguration(configuration("whatever"));
        plugin.addExecution(mine);
        plugin.addExecution(other);
        MavenProject project = new MavenProject();
        project.getModel().setBuild(new Build());
        project.getModel().getBuild().addPlugin(plugin);

        List<String> problems = UnknownParameters.find(project, new MojoExecution(generate, "mine"));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("unknown parameter <lcoale> in the configuration of "
                + "surveygen-maven-plugin (did you mean 'locale'?); the parameters are: locale, maxSize, packageName, skip");
        assertThat(problems.get(1)).startsWith("unknown parameter <packageNmae> in the configuration of "
                + "surveygen-maven-plugin execution 'mine' (did you mean 'packageName'?)");
        assertThat(UnknownParameters.find(project, new MojoExecution(generate, "third"))).hasSize(1);
    }
}
