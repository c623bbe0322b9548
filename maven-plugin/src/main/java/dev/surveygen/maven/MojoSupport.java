package dev.surveygen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** What the mojos share: the unknown-parameter check and the plugin's identity for the digest. */
final class MojoSupport {

    private MojoSupport() {}

    static void rejectUnknownParameters(MavenProject project, MojoExecution execution) throws MojoExecutionException {
        List<String> problems = UnknownParameters.find(project, execution);
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("surveygen: " + String.join("\n", problems));
        }
    }

    /**
     * The plugin's version; for a snapshot also the path, size and modification time of the
     * plugin's and the generator's jars, whose code changes while the version stays the same. (Their
     * content is not hashed: that cost a no-op build of a snapshot about 60 ms of reading half a
     * megabyte, and a rebuilt jar always has a new time, as Maven's own snapshot handling assumes.)
     */
    static List<String> pluginIdentity(PluginDescriptor plugin) throws MojoExecutionException {
        List<String> lines = new ArrayList<>();
        lines.add(plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion());
        if (!plugin.getVersion().endsWith("-SNAPSHOT")) {
            return lines;
        }
        List<Artifact> artifacts = new ArrayList<>();
        if (plugin.getPluginArtifact() != null) {
            artifacts.add(plugin.getPluginArtifact());
        }
        if (plugin.getArtifacts() != null) {
            artifacts.addAll(plugin.getArtifacts());
        }
        try {
            for (Artifact artifact : artifacts) {
                if (artifact.getGroupId().equals(plugin.getGroupId()) && artifact.getFile() != null
                        && Files.isRegularFile(artifact.getFile().toPath())) {
                    lines.add(artifact.getArtifactId() + " " + jarStamp(artifact.getFile().toPath()));
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("surveygen: cannot read the plugin's jars: " + e, e);
        }
        return lines.stream().distinct().sorted().toList();
    }

    /** What identifies one build of a snapshot jar: its path, size and modification time. */
    static String jarStamp(Path jar) throws IOException {
        return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
