package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.javagen.TestSurveys;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form script updates the page change by change, re-evaluating only the questions whose
 * conditions read the changed answer, transitively (issue 10). After every one of a long seeded
 * run of random changes on the every-feature survey (chains, a section condition, every
 * operator), the page must be what evaluating every condition afresh gives: each question shown
 * exactly when enabled, hidden ones empty and not submitted, each section shown exactly when one
 * of its questions is; and the saved draft must be the form's values.
 */
@Tag("browser")
class FormIncrementalBrowserTest {

    /** Values typed into text fields: ones the conditions test, and others. */
    private static final List<String> TYPED = List.of("Taro", "Jiro", "7", "11", "-3", "1.5", "2", "2024-12-01",
            "2025-02-01", "123-4567", "", "x");

    /** Checks the page against a fresh evaluation of every condition; returns the problems found. */
    private static final String CHECK = """
            var form = document.getElementById('sg-form');
            var values = {};
            Array.prototype.forEach.call(form.elements, function (el) {
              if (!el.name || el.type === 'submit' || el.type === 'button' || el.type === 'file') { return; }
              if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { values[el.name] = values[el.name] || []; return; }
              (values[el.name] = values[el.name] || []).push(el.value);
            });
            var enabled = window.surveygen.enablement(values);
            var problems = [];
            Array.prototype.forEach.call(form.querySelectorAll('[data-question]'), function (group) {
              var id = group.getAttribute('data-question');
              if (group.hidden !== !enabled[id]) { problems.push(id + (group.hidden ? ' hidden' : ' shown')); }
              Array.prototype.forEach.call(document.getElementsByName(id), function (el) {
                if (el.disabled !== group.hidden) { problems.push(id + ' field disabled=' + el.disabled); }
                if (group.hidden && (el.checked || (el.type !== 'radio' && el.type !== 'checkbox' && el.value !== ''))) {
                  problems.push(id + ' hidden but answered');
                }
              });
            });
            Array.prototype.forEach.call(form.querySelectorAll('.sg-section'), function (section) {
              var shown = section.querySelector('[data-question]:not([hidden])') !== null;
              if (section.hidden === shown) { problems.push(section.id + (section.hidden ? ' hidden' : ' shown')); }
            });
            return problems;
            """;

    /** The draft in storage against the values the form would submit (unticked groups as []). */
    private static final String DRAFT = """
            var key = Object.keys(localStorage).filter(function (k) { return /:draft$/.test(k); })[0];
            if (!key) { return ['no draft']; }
            var draft = JSON.parse(localStorage.getItem(key));
            var data = {};
            new FormData(document.getElementById('sg-form')).forEach(function (v, k) { (data[k] = data[k] || []).push(String(v)); });
            var problems = [];
            Object.keys(draft).forEach(function (k) {
              if (draft[k].length && JSON.stringify(draft[k]) !== JSON.stringify(data[k])) { problems.push(k + ' draft ' + JSON.stringify(draft[k])); }
            });
            Object.keys(data).forEach(function (k) {
              if (!draft[k] || JSON.stringify(draft[k]) !== JSON.stringify(data[k])) { problems.push(k + ' not in draft'); }
            });
            return problems;
            """;

    @TempDir
    Path root;

    @Test
    void everyChangeLeavesThePageAsAFreshEvaluationWould() throws Exception {
        FormPages pages = FormPages.write(TestSurveys.everyFeature(), root);
        Random random = new Random(2024);
        try (Browser browser = Browser.open(root, true)) {
            browser.driver.get(browser.url(pages.staticName()));
            browser.script("localStorage.clear(); return [];");
            browser.driver.navigate().refresh();
            browser.waitUntil("return document.documentElement.classList.contains('sg-js');");
            assertThat(browser.script(CHECK)).as("at start").isEmpty();
            // Open the follow-up section and its chain first, so that the walk starts deep.
            browser.script("""
                    document.getElementById('q-agree=yes').click();
                    var count = document.getElementById('q-count');
                    count.value = '7';
                    count.dispatchEvent(new Event('input', {bubbles: true}));
                    ['q-chain-a=yes', 'q-chain-b=yes', 'q-chain-c=y'].forEach(function (id) { document.getElementById(id).click(); });
                    return [];
                    """);
            assertThat(browser.script("return [document.getElementById('q-chain-d.group').hidden];")).containsExactly(false);
            assertThat(browser.script(CHECK)).as("with the chain open").isEmpty();
            // The head of the chain closes all of it, transitively, answers cleared.
            browser.script("document.getElementById('q-chain-a=no').click(); return [];");
            assertThat(browser.script(CHECK)).as("with the chain closed at its head").isEmpty();
            assertThat(browser.script("return ['q-chain-b.group', 'q-chain-c.group', 'q-chain-d.group']"
                    + ".filter(function (id) { return !document.getElementById(id).hidden; });")).isEmpty();
            for (int step = 0; step < 400; step++) {
                // A shown question at random, most often one that conditions read, then one of its
                // fields: a radio or checkbox is clicked, a text field typed into.
                List<Object> done = browser.script("""
                        var read = {};
                        (function refs(node) {
                          if (!node || typeof node !== 'object') { return; }
                          if (typeof node.q === 'string') { read[node.q] = true; }
                          Object.keys(node).forEach(function (k) { refs(node[k]); });
                        })(JSON.parse(document.getElementById('sg-rules').textContent).questions);
                        var fields = Array.prototype.filter.call(document.getElementById('sg-form').elements,
                            function (el) { return el.name && !el.disabled && el.type !== 'hidden'; });
                        var names = fields.map(function (el) { return el.name; })
                            .filter(function (n, i, all) { return all.indexOf(n) === i; });
                        var readNames = names.filter(function (n) { return read[n]; });
                        var pool = arguments[3] < 0.7 && readNames.length ? readNames : names;
                        var name = pool[Math.floor(arguments[0] * pool.length)];
                        var mine = fields.filter(function (el) { return el.name === name; });
                        var el = mine[Math.floor(arguments[2] * mine.length)];
                        if (el.type === 'radio' || el.type === 'checkbox') { el.click(); return [el.name, el.value]; }
                        el.value = arguments[1];
                        el.dispatchEvent(new Event('input', {bubbles: true}));
                        el.dispatchEvent(new Event('change', {bubbles: true}));
                        return [el.name, el.value];
                        """, random.nextDouble(), TYPED.get(random.nextInt(TYPED.size())), random.nextDouble(),
                        random.nextDouble());
                assertThat(browser.script(CHECK)).as("after step %d: %s", step, done).isEmpty();
            }
            browser.waitUntil("return Object.keys(localStorage).some(function (k) { return /:draft$/.test(k); });");
            Thread.sleep(600); // the draft is written once typing pauses
            assertThat(browser.script(DRAFT)).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
