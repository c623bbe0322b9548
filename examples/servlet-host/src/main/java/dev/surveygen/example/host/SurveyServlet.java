package dev.surveygen.example.host;

import dev.surveygen.freemarker.FormPage;
import dev.surveygen.freemarker.SurveyForms;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import jp.go.mhlw.survey.r6.HospitalSecurityBinder;
import jp.go.mhlw.survey.r6.HospitalSecurityBinding;
import jp.go.mhlw.survey.r6.HospitalSecurityValidator;
import jp.go.mhlw.survey.r6.HospitalSecurityViolation;

/**
 * The survey: {@code GET} shows the form with a CSRF token in the host's hidden field
 * {@code _csrf}; {@code POST} checks the token (403 and nothing stored when it is missing or
 * wrong), binds and validates the answers with the generated code, and either shows the form
 * again with the violations and everything typed (422) or stores the response and redirects to
 * the thank-you page (303, so a reload does not post again). The host's own pages (403, thank-you)
 * are in the locale the form was generated in ({@link SurveyForms#locale}).
 */
final class SurveyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String SURVEY = "mhlw-r6-hospital-cybersecurity";
    static final String CSRF_FIELD = "_csrf";
    private static final String CSRF_ATTRIBUTE = SurveyServlet.class.getName() + ".csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient SurveyForms forms;
    private final transient ResponseStore store;
    private final HostPages pages;

    SurveyServlet(SurveyForms forms, ResponseStore store, HostPages pages) {
        this.forms = forms;
        this.store = store;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(response, HttpServletResponse.SC_OK, FormPage.builder()
                .hiddenField(CSRF_FIELD, token(request.getSession(true))).build());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        HttpSession session = request.getSession(false);
        if (session == null || !sameToken(session, request.getParameter(CSRF_FIELD))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(pages.forbidden());
            return;
        }
        // The whole parameter map: the host's _csrf field is no answer to the generated binder.
        HospitalSecurityBinding binding =
                HospitalSecurityBinder.fromParameterMap(request.getParameterMap(),
                        HospitalSecurityBinder.DisabledAnswers.DROP);
        List<HospitalSecurityViolation> violations = HospitalSecurityValidator.validate(binding);
        if (!violations.isEmpty()) {
            render(response, 422, FormPage.builder().answers(request.getParameterMap()).violations(violations)
                    .hiddenField(CSRF_FIELD, token(session)).build());
            return;
        }
        store.append(HospitalSecurityBinder.toJsonText(binding.response()));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/thanks.html");
    }

    /** {@code GET /thanks.html}: the thank-you page in the form's locale. */
    static final class Thanks extends HttpServlet {

        private static final long serialVersionUID = 1L;

        private final byte[] page;

        Thanks(HostPages pages) {
            this.page = pages.thanks();
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(page);
        }
    }

    private void render(HttpServletResponse response, int status, FormPage page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        forms.render(SURVEY, page, response.getWriter());
    }

    /** The session's token, made on first use: 32 random bytes. */
    private static String token(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(CSRF_ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(CSRF_ATTRIBUTE, token);
            }
            return token;
        }
    }

    private static boolean sameToken(HttpSession session, String submitted) {
        String expected = (String) session.getAttribute(CSRF_ATTRIBUTE);
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
