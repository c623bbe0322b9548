package dev.surveygen.javagen;

import dev.surveygen.output.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the real javac, in memory, with the options the generated code
 * promises to pass: {@code --release 17 -Xlint:all -Xdoclint:all,-missing -Werror}.
 */
final class InMemoryJavac {

    static final List<String> STRICT = List.of("--release", "17", "-Xlint:all", "-Xdoclint:all,-missing", "-Werror",
            "-encoding", "UTF-8", "-implicit:none");

    /** Compiled classes, loadable; {@code diagnostics} is javac's output when it failed. */
    record Compilation(boolean success, String diagnostics, ClassLoader loader) {}

    static Compilation compile(List<GeneratedFile> files, List<String> options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, byte[]> classes = new ConcurrentHashMap<>();
        var manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() throws IOException {
                                super.close();
                                classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(new SimpleJavaFileObject(URI.create("mem:///" + file.path()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return file.content();
                }
            });
        }
        List<String> allOptions = new ArrayList<>(options);
        allOptions.addAll(List.of("-classpath", System.getProperty("java.class.path")));
        boolean ok = javac.getTask(null, manager, diagnostics, allOptions, null, sources).call();
        StringBuilder report = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            report.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
                    .append(": ").append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
        }
        ClassLoader loader = new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return new Compilation(ok, report.toString(), loader);
    }

    private InMemoryJavac() {}
}
