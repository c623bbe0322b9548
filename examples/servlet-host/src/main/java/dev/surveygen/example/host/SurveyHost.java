package dev.surveygen.example.host;

import dev.surveygen.freemarker.SurveyForms;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The reference host: the MHLW survey served by embedded Jetty on 127.0.0.1.
 *
 * <pre>
 * java -jar surveygen-servlet-host.jar [--port 8080] [--data ./data]
 * </pre>
 *
 * {@code GET /} shows the form, {@code POST /} stores an accepted response as one JSON line in
 * {@code DATA/responses.jsonl} and redirects to {@code /thanks.html}; the form's script and
 * stylesheet are served from {@code META-INF/resources/} of the classpath, where the survey
 * module's jar has them.
 */
public final class SurveyHost {

    /** The largest request body accepted: the MHLW form posts a few kilobytes. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;
    /** The most form fields accepted in one request (the MHLW form has about 30). */
    static final int MAX_FORM_KEYS = 200;

    private SurveyHost() {}

    public static void main(String[] args) throws Exception {
        int port = 8080;
        Path data = Path.of("data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                default -> {
                    System.err.println("usage: java -jar surveygen-servlet-host.jar [--port N] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        ResponseStore store = ResponseStore.open(data.resolve("responses.jsonl"));
        Server server = server(port, store);
        server.start();
        int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        System.out.println("surveygen example host: listening on http://127.0.0.1:" + actual + "/ (responses in "
                + store.file().toAbsolutePath() + ")");
        server.join();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** The server, not yet started: 127.0.0.1 only, request limits, the servlets and the headers filter. */
    static Server server(int port, ResponseStore store) throws IOException {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setMaxFormContentSize(MAX_REQUEST_BYTES);
        context.setMaxFormKeys(MAX_FORM_KEYS);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
        context.getSessionHandler().setMaxInactiveInterval(4 * 60 * 60);
        // Static files come only from META-INF/resources/ of the classpath (the survey module's
        // surveygen/ assets): never the classes themselves.
        context.setBaseResource(webResources(server));
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        SurveyForms forms = SurveyForms.fromClasspath();
        HostPages pages = HostPages.of(forms.locale(SurveyServlet.SURVEY));
        context.addServlet(new ServletHolder(new SurveyServlet(forms, store, pages)), "");
        context.addServlet(new ServletHolder(new SurveyServlet.Thanks(pages)), "/thanks.html");
        ServletHolder files = new ServletHolder("static", DefaultServlet.class);
        files.setInitParameter("dirAllowed", "false");
        context.addServlet(files, "/");

        // Bodies larger than the limit are refused with 413 before any servlet reads them.
        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
        limit.setHandler(context);
        server.setHandler(limit);
        return server;
    }

    private static Resource webResources(Server server) throws IOException {
        ResourceFactory factory = ResourceFactory.of(server);
        List<Resource> roots = new ArrayList<>();
        Enumeration<URL> found = SurveyHost.class.getClassLoader().getResources("META-INF/resources/");
        while (found.hasMoreElements()) {
            roots.add(factory.newResource(found.nextElement()));
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("no META-INF/resources/ on the classpath: is the survey module a dependency?");
        }
        return ResourceFactory.combine(roots);
    }
}
