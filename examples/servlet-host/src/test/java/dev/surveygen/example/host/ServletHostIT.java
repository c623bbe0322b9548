package dev.surveygen.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.go.mhlw.survey.r6.HospitalSecurityBinder;
import jp.go.mhlw.survey.r6.HospitalSecurityBinding;
import jp.go.mhlw.survey.r6.HospitalSecurityValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged host over HTTP, as a browser or an attacker would talk to it: headers, what is
 * served (and what is not), CSRF, size limits, 422 and storage.
 */
class ServletHostIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private HostProcess host;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        host = HostProcess.start(data);
        client = client();
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient with, String path) throws Exception {
        return with.send(HttpRequest.newBuilder(URI.create(host.url + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient with, String body) throws Exception {
        return with.send(HttpRequest.newBuilder(URI.create(host.url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The form's token for this client's session. */
    private String token(HttpClient with) throws Exception {
        Matcher m = TOKEN.matcher(get(with, "").body());
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    /** A complete, valid MHLW submission as a browser sends it (Q13 typed with a Japanese input method). */
    static Map<String, List<String>> completeForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("Q1-1", List.of("厚労 太郎"));
        form.put("Q1-2", List.of("医療法人〇〇会 〇〇病院"));
        form.put("Q2-1", List.of("yes"));
        form.put("Q2-2", List.of("yes"));
        form.put("Q2-3", List.of("sg", "sc"));
        form.put("Q3", List.of("2-4"));
        for (String id : List.of("Q4", "Q5", "Q6", "Q7-1", "Q7-2", "Q8", "Q9", "Q10", "Q11", "Q12", "Q14", "Q15",
                "Q16", "Q17-1", "Q17-2", "Q17-6")) {
            form.put(id, List.of("yes"));
        }
        form.put("Q13", List.of("１３"));
        form.put("Q17-3", List.of("2-or-more"));
        form.put("Q17-4", List.of("2-or-more"));
        form.put("Q17-5", List.of("3-or-more"));
        return form;
    }

    static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> URLEncoder.encode(e.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    @Test
    void servesTheFormWithSecurityHeadersAndNothingElseOfTheClasspath() throws Exception {
        HttpResponse<String> page = get(client, "");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).singleElement().asString().contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(page.body()).contains("<script src=\"/surveygen/surveygen-rules.js\" defer></script>",
                "<script src=\"/surveygen/surveygen-form.js\" defer></script>",
                "<link rel=\"stylesheet\" href=\"/surveygen/surveygen-form.css\">").containsPattern(TOKEN);

        // The web assets are the survey module's, served where docs/forms.md says.
        for (String asset : List.of("surveygen-rules.js", "surveygen-form.js", "surveygen-form.css")) {
            HttpResponse<byte[]> served = client.send(HttpRequest.newBuilder(URI.create(host.url + "surveygen/" + asset))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            try (var in = ServletHostIT.class.getClassLoader().getResourceAsStream("META-INF/resources/surveygen/" + asset)) {
                assertThat(served.body()).as(asset).isEqualTo(in.readAllBytes());
            }
        }
        // Nothing else of the classpath: not the classes, not the templates, not the host's own pages.
        for (String hidden : List.of("jp/go/mhlw/survey/r6/HospitalSecurityBinder.class",
                "surveygen/forms/mhlw-r6-hospital-cybersecurity.ftlh", "surveygen/forms/mhlw-r6-hospital-cybersecurity.html",
                "surveygen/forms/components/page.ftlh",
                "META-INF/MANIFEST.MF", "dev/surveygen/example/host/forbidden.ja.html", "surveygen-form.js",
                "mhlw-r6-hospital-cybersecurity.ftlh")) {
            assertThat(get(client, hidden).statusCode()).as(hidden).isEqualTo(404);
        }
        assertThat(get(client, "surveygen/").statusCode()).as("no directory listing").isEqualTo(403);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(host.url)).method("TRACE",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
    }

    @Test
    void aForgedPostIsRefusedAndNothingIsStored() throws Exception {
        String answers = encode(completeForm());
        assertThat(post(client(), answers).statusCode()).as("no session, no token").isEqualTo(403);
        token(client);
        assertThat(post(client, answers).statusCode()).as("a session but no token").isEqualTo(403);
        HttpResponse<String> wrong = post(client, answers + "&_csrf=guessed");
        assertThat(wrong.statusCode()).as("a wrong token").isEqualTo(403);
        assertThat(wrong.body()).contains("送信できませんでした");
        HttpClient other = client();
        assertThat(post(other, answers + "&_csrf=" + URLEncoder.encode(token(client), StandardCharsets.UTF_8))
                .statusCode()).as("another session's token").isEqualTo(403);
        assertThat(host.storedLines()).isEmpty();
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String token = URLEncoder.encode(token(client), StandardCharsets.UTF_8);
        String big = encode(completeForm()) + "&Q1-1=" + "x".repeat(SurveyHost.MAX_REQUEST_BYTES) + "&_csrf=" + token;
        assertThat(post(client, big).statusCode()).isEqualTo(413);
        StringBuilder many = new StringBuilder("_csrf=" + token);
        for (int i = 0; i < SurveyHost.MAX_FORM_KEYS + 1; i++) {
            many.append("&k").append(i).append("=v");
        }
        assertThat(post(client, many.toString()).statusCode()).isEqualTo(400);
        assertThat(host.storedLines()).isEmpty();
    }

    @Test
    void anInvalidPostComesBackWith422AndAValidOneIsStoredAsOneJsonLine() throws Exception {
        String token = URLEncoder.encode(token(client), StandardCharsets.UTF_8);
        Map<String, List<String>> form = completeForm();
        form.put("Q13", List.of("abc"));
        HttpResponse<String> again = post(client, encode(form) + "&_csrf=" + token);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Q13：整数で入力してください。").contains("value=\"abc\"")
                .contains("<title>エラー：");
        assertThat(host.storedLines()).isEmpty();

        HttpResponse<String> accepted = post(client, encode(completeForm()) + "&_csrf=" + token);
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/thanks.html");
        assertThat(get(client, "thanks.html").body()).contains("回答を受け付けました");

        List<String> lines = host.storedLines();
        assertThat(lines).hasSize(1);
        HospitalSecurityBinding stored = HospitalSecurityBinder.fromJsonText(lines.get(0));
        assertThat(HospitalSecurityValidator.validate(stored)).isEmpty();
        assertThat(stored.response().minPasswordLength()).isEqualTo(13);
        assertThat(stored.response().respondentName()).isEqualTo("厚労 太郎");
        assertThat(lines.get(0)).doesNotContain("_csrf");
    }

    @Test
    void aTornLastLineIsCutOffWhenTheHostStarts() throws Exception {
        host.close();
        Path file = data.resolve("responses.jsonl");
        String whole = HospitalSecurityBinder.toJsonText(HospitalSecurityBinder.fromForm(completeForm(),
                HospitalSecurityBinder.DisabledAnswers.DROP).response());
        Files.writeString(file, whole + "\n" + whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
        host = HostProcess.start(data);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(whole + "\n");
        assertThat(String.join("\n", host.output)).contains("ended with a torn line");

        String token = URLEncoder.encode(token(client), StandardCharsets.UTF_8);
        assertThat(post(client, encode(completeForm()) + "&_csrf=" + token).statusCode()).isEqualTo(303);
        assertThat(host.storedLines()).containsExactly(whole, whole);
    }
}
