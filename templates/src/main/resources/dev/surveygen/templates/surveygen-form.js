/*
 * surveygen form script: the page's part. It reads the survey's rules from the JSON data block
 * #sg-rules and applies them to the form through surveygen-rules.js (loaded before it, as
 * window.surveygen.rules), which holds every rule: which questions are shown, the error summary
 * and messages, drafts in local storage, export and import of answers. Its texts (status, error
 * summary, error prefix) come in the rules JSON, in the form's locale. window.surveygen.check(form)
 * and .enablement(form) apply the rules of this page; the browser tests replay the differential
 * corpus through them.
 * No external resources, no inline code: works under Content-Security-Policy default-src 'self'.
 */
(function () {
  'use strict';

  var R = window.surveygen && window.surveygen.rules;
  if (!R) { return; } // surveygen-rules.js did not load: the form still works as a plain HTML form

  // --- The page ---------------------------------------------------------------------------------

  /**
   * The form's answers by name; fields of hidden (disabled) questions only if includeDisabled.
   * The host's own fields are submitted with the form but are no answers: not checked, not in
   * drafts or exported files.
   */
  function readForm(rules, form, includeDisabled) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || R.isHostField(rules, el.name) || (el.disabled && !includeDisabled) || el.type === 'file' || el.type === 'submit' || el.type === 'button') { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) {
        if (!(el.name in values)) { values[el.name] = []; }
        return;
      }
      (values[el.name] = values[el.name] || []).push(el.value);
    });
    return values;
  }

  /** The form's fields by name, in document order: built once, so that no lookup walks the whole form. */
  function fieldIndex(form) {
    var byName = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name) { (byName[el.name] = byName[el.name] || []).push(el); }
    });
    return byName;
  }

  function clearFields(fields) {
    fields.forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = false; } else { el.value = ''; }
    });
  }

  function fillForm(rules, fieldsByName, values) {
    Object.keys(values).filter(function (id) { return !R.isHostField(rules, id); }).forEach(function (id) {
      var wanted = [].concat(values[id]).map(String);
      (fieldsByName[id] || []).forEach(function (el) {
        if (el.type === 'radio' || el.type === 'checkbox') { el.checked = wanted.indexOf(el.value) >= 0; } else if (el.type !== 'hidden') { el.value = wanted.length ? wanted[0] : ''; }
      });
    });
  }

  /** What readForm gives for one name's fields: undefined when they are all left out. */
  function fieldValues(fields, includeDisabled) {
    var values;
    fields.forEach(function (el) {
      if ((el.disabled && !includeDisabled) || el.type === 'file' || el.type === 'submit' || el.type === 'button') { return; }
      values = values || [];
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      values.push(el.value);
    });
    return values;
  }

  /**
   * One line of the error summary from the catalogue's parts (rules JSON texts.errorSummaryItem):
   * literal texts at even indices, the names of the violation's fields at odd ones.
   */
  function summaryItem(parts, v) {
    var out = '';
    parts.forEach(function (part, i) { out += i % 2 === 0 ? part : v[part]; });
    return out;
  }

  /** Question ids by their place in the evaluation order, smallest first. */
  function MinHeap(position) {
    var items = [];
    function less(i, j) { return position[items[i]] < position[items[j]]; }
    function swap(i, j) { var t = items[i]; items[i] = items[j]; items[j] = t; }
    this.size = function () { return items.length; };
    this.push = function (id) {
      items.push(id);
      for (var i = items.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) { swap(i, (i - 1) >> 1); }
    };
    this.pop = function () {
      var top = items[0];
      var last = items.pop();
      if (items.length > 0) {
        items[0] = last;
        for (var i = 0; ;) {
          var l = 2 * i + 1, r = l + 1, m = i;
          if (l < items.length && less(l, m)) { m = l; }
          if (r < items.length && less(r, m)) { m = r; }
          if (m === i) { break; }
          swap(i, m);
          i = m;
        }
      }
      return top;
    };
  }

  function storage() {
    try {
      var s = window.localStorage;
      var probe = '__surveygen__';
      s.setItem(probe, probe);
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null; // file: pages, private modes and locked-down PCs may refuse storage
    }
  }

  function start() {
    var rulesElement = document.getElementById('sg-rules');
    var form = document.getElementById('sg-form');
    if (!rulesElement || !form) { return; }
    var rules = JSON.parse(rulesElement.textContent);
    var draftKey = 'surveygen:' + rules.survey + ':' + rules.version + ':draft';
    var store = storage();
    var texts = rules.texts;
    var originalTitle = document.title.indexOf(texts.errorPrefix) === 0
      ? document.title.substring(texts.errorPrefix.length) : document.title;
    var dirty = false;
    document.documentElement.classList.add('sg-js');

    // Indexes built once, so that one answer change costs the same however many questions there
    // are: the fields, group and section of each question, the questions whose conditions read
    // each question, and each question's place in the evaluation order.
    var fields = fieldIndex(form);
    var byId = R.index(rules);
    var groupOf = {};
    var sectionOf = {};
    var shownIn = new Map();
    Array.prototype.forEach.call(form.querySelectorAll('[data-question]'), function (group) {
      var id = group.getAttribute('data-question');
      groupOf[id] = group;
      var section = group.closest('.sg-section');
      sectionOf[id] = section;
      if (section && !shownIn.has(section)) { shownIn.set(section, 0); }
    });
    var dependants = {};
    var position = {};
    rules.order.forEach(function (id, i) { position[id] = i; });
    rules.questions.forEach(function (q) {
      var seen = {};
      R.references(q.when, []).forEach(function (ref) {
        if (!seen[ref]) { seen[ref] = true; (dependants[ref] = dependants[ref] || []).push(q.id); }
      });
    });
    var answers = {};
    var enabled = {};
    var draft = {};

    function questionFields(id) { return fields[id] || []; }

    function valueOf(id) {
      var a = answers[id];
      return enabled[id] && a && a.present && !a.problem ? a.value : null;
    }

    /** Shows or hides a question's group; a hidden question is cleared and not submitted. */
    function show(id, visible) {
      var group = groupOf[id];
      if (!visible) { clearFields(questionFields(id)); answers[id] = R.UNANSWERED; }
      questionFields(id).forEach(function (el) { el.disabled = !visible; }); // hidden: not submitted
      if (!group) { return; }
      var section = sectionOf[id];
      if (section && group.hidden === visible) {
        var count = shownIn.get(section) + (visible ? 1 : -1);
        shownIn.set(section, count);
        section.hidden = count === 0;
      }
      group.hidden = !visible;
    }

    function remember(id) {
      var values = fieldValues(questionFields(id), false);
      if (values === undefined) { delete draft[id]; } else { draft[id] = values; }
    }

    /** Everything from the fields: at start, and after a draft or a file filled many at once. */
    function refresh() {
      // Values of hidden questions are read too: enablement ignores them itself, in evaluation
      // order, so answers filled in at once (draft, import) reveal a whole chain in one pass.
      rules.questions.forEach(function (q) { answers[q.id] = R.readAnswer(q, fieldValues(questionFields(q.id), true), rules); });
      enabled = {};
      rules.order.forEach(function (id) {
        var q = byId[id];
        enabled[id] = q.when ? R.evaluate(rules, q.when, valueOf) : true;
      });
      shownIn.forEach(function (count, section) { shownIn.set(section, 0); });
      rules.questions.forEach(function (q) {
        var visible = enabled[q.id] !== false;
        if (!visible) { clearFields(questionFields(q.id)); answers[q.id] = R.UNANSWERED; }
        questionFields(q.id).forEach(function (el) { el.disabled = !visible; }); // hidden: not submitted
        var group = groupOf[q.id];
        if (group) { group.hidden = !visible; }
        if (group && visible && sectionOf[q.id]) { shownIn.set(sectionOf[q.id], shownIn.get(sectionOf[q.id]) + 1); }
      });
      shownIn.forEach(function (count, section) { section.hidden = count === 0; });
      draft = readForm(rules, form);
      return enabled;
    }

    /**
     * One question's answer changed: re-evaluate only the questions whose conditions read it,
     * transitively, in evaluation order; a question whose enablement does not change stops the
     * walk there.
     */
    function changed(id) {
      var q = byId[id];
      if (!q) { return; }
      answers[id] = R.readAnswer(q, fieldValues(questionFields(id), true), rules);
      remember(id);
      var pending = new MinHeap(position);
      var queued = {};
      (dependants[id] || []).forEach(function (d) { queued[d] = true; pending.push(d); });
      while (pending.size() > 0) {
        var next = pending.pop();
        var dependant = byId[next];
        var now = dependant.when ? R.evaluate(rules, dependant.when, valueOf) : true;
        if (now === enabled[next]) { continue; }
        enabled[next] = now;
        show(next, now);
        remember(next);
        (dependants[next] || []).forEach(function (d) {
          if (!queued[d]) { queued[d] = true; pending.push(d); }
        });
      }
    }

    function setStatus(text) {
      var status = document.getElementById('sg-status');
      if (status) { status.textContent = text; }
    }

    function removeErrors() {
      var summary = document.getElementById('sg-error-summary');
      if (summary) { summary.parentNode.removeChild(summary); }
      Array.prototype.forEach.call(form.querySelectorAll('.sg-error'), function (p) { p.parentNode.removeChild(p); });
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (el) { el.removeAttribute('aria-invalid'); });
      Array.prototype.forEach.call(form.querySelectorAll('.sg-question--error'), function (g) { g.classList.remove('sg-question--error'); });
      Array.prototype.forEach.call(form.querySelectorAll('[aria-describedby]'), function (el) {
        var ids = el.getAttribute('aria-describedby').split(' ').filter(function (t) { return !/\.error$/.test(t); });
        if (ids.length) { el.setAttribute('aria-describedby', ids.join(' ')); } else { el.removeAttribute('aria-describedby'); }
      });
      document.title = originalTitle;
    }

    function showErrors(violations) {
      removeErrors();
      var summary = document.createElement('div');
      summary.className = 'sg-error-summary';
      summary.id = 'sg-error-summary';
      summary.setAttribute('role', 'alert');
      summary.setAttribute('tabindex', '-1');
      summary.setAttribute('aria-labelledby', 'sg-error-summary-title');
      var title = document.createElement('h2');
      title.className = 'sg-error-summary__title';
      title.id = 'sg-error-summary-title';
      title.textContent = texts.errorSummaryTitle;
      summary.appendChild(title);
      var list = document.createElement('ul');
      list.className = 'sg-error-summary__list';
      violations.forEach(function (v) {
        var item = document.createElement('li');
        var group = groupOf[v.question];
        var field = group && group.querySelector('input, textarea, select');
        var text = summaryItem(texts.errorSummaryItem, v);
        if (field) {
          var link = document.createElement('a');
          link.href = '#' + field.id;
          link.textContent = text;
          link.addEventListener('click', function (event) { event.preventDefault(); field.focus(); });
          item.appendChild(link);
          var message = document.createElement('p');
          message.className = 'sg-error';
          message.id = 'q-' + v.question + '.error';
          var hidden = document.createElement('span');
          hidden.className = 'sg-visually-hidden';
          hidden.textContent = texts.errorPrefix;
          message.appendChild(hidden);
          message.appendChild(document.createTextNode(v.message));
          var anchor = group.querySelector('.sg-choices, .sg-input-wrapper, textarea');
          anchor.parentNode.insertBefore(message, anchor);
          group.classList.add('sg-question--error');
          var described = group.tagName === 'FIELDSET' ? [group] : questionFields(v.question);
          described.forEach(function (el) {
            var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            ids.push(message.id);
            el.setAttribute('aria-describedby', ids.join(' '));
          });
          questionFields(v.question).forEach(function (el) { el.setAttribute('aria-invalid', 'true'); });
        } else {
          item.textContent = text;
        }
        list.appendChild(item);
      });
      summary.appendChild(list);
      var main = document.getElementById('sg-main') || form.parentNode; // first in the main content, as the server renders it
      main.insertBefore(summary, main.firstChild);
      document.title = texts.errorPrefix + originalTitle;
      summary.focus();
    }

    var saveTimer = null;

    function saveNow() {
      if (saveTimer !== null) { clearTimeout(saveTimer); saveTimer = null; }
      if (!store || !dirty) { return; }
      try { store.setItem(draftKey, JSON.stringify(draft)); } catch (e) { /* storage full or refused */ }
    }

    /**
     * The draft is the form's values kept up to date change by change; writing it out costs time
     * in proportion to the survey, so it is written once typing pauses, and when the page is left.
     */
    function saveDraft() {
      if (!store) { return; }
      if (saveTimer !== null) { clearTimeout(saveTimer); }
      saveTimer = setTimeout(saveNow, 300);
    }

    function clearDraft() {
      if (saveTimer !== null) { clearTimeout(saveTimer); saveTimer = null; }
      if (!store) { return; }
      try { store.removeItem(draftKey); } catch (e) { /* ignore */ }
    }

    function offerDraft() {
      if (!store || document.getElementById('sg-error-summary')) { return; }
      var saved = null;
      try { saved = store.getItem(draftKey); } catch (e) { saved = null; }
      if (!saved) { return; }
      var banner = document.getElementById('sg-draft');
      if (!banner) { return; }
      banner.hidden = false;
      document.getElementById('sg-draft-restore').addEventListener('click', function () {
        try { fillForm(rules, fields, JSON.parse(saved)); } catch (e) { /* a broken draft is ignored */ }
        banner.hidden = true;
        refresh();
        setStatus(texts.draftRestored);
      });
      document.getElementById('sg-draft-discard').addEventListener('click', function () {
        clearDraft();
        banner.hidden = true;
      });
    }

    function normaliseNumbers(event) {
      var el = event.target;
      var q = byId[el.name];
      if (q && (q.type === 'integer' || q.type === 'decimal') && rules.digits === 'nfkc') {
        var normalised = R.normalisedNumber(rules, el.value);
        if (normalised !== null && normalised !== el.value) { el.value = normalised; }
      }
    }

    form.addEventListener('input', function (event) { dirty = true; changed(event.target.name); saveDraft(); });
    form.addEventListener('change', function (event) {
      dirty = true;
      normaliseNumbers(event);
      changed(event.target.name);
      saveDraft();
    });
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { saveNow(); } });
    form.addEventListener('submit', function (event) {
      var enabled = refresh();
      Object.keys(enabled).forEach(function (id) { if (!enabled[id]) { clearFields(questionFields(id)); } });
      var violations = R.check(rules, readForm(rules, form));
      if (violations.length) {
        event.preventDefault();
        showErrors(violations);
        return;
      }
      removeErrors();
      dirty = false;
      clearDraft();
      if (form.getAttribute('data-preview') === 'true') {
        event.preventDefault();
        setStatus(texts.previewValid);
      }
    });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ''; }
    });

    var exportButton = document.getElementById('sg-export');
    var importInput = document.getElementById('sg-import');
    var importLabel = document.getElementById('sg-import-label');
    if (exportButton && importInput && importLabel && window.Blob && window.FileReader) {
      exportButton.hidden = false;
      importLabel.hidden = false;
      importInput.hidden = false;
      exportButton.addEventListener('click', function () {
        var blob = new Blob([JSON.stringify(readForm(rules, form), null, 2)], { type: 'application/json' });
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = rules.survey + '-answers.json';
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
        setStatus(texts.exported);
      });
      importInput.addEventListener('change', function () {
        var file = importInput.files && importInput.files[0];
        if (!file) { return; }
        var reader = new FileReader();
        reader.onload = function () {
          try {
            fillForm(rules, fields, JSON.parse(String(reader.result)));
            dirty = true;
            refresh();
            saveDraft();
            setStatus(texts.imported);
          } catch (e) {
            setStatus(texts.importFailed);
          }
          importInput.value = '';
        };
        reader.readAsText(file, 'utf-8');
      });
    }

    refresh();
    offerDraft();
    var serverSummary = document.getElementById('sg-error-summary');
    if (serverSummary) { serverSummary.focus(); }
  }

  window.surveygen.check = function (form) { return R.check(JSON.parse(document.getElementById('sg-rules').textContent), form); };
  window.surveygen.enablement = function (form) {
    return R.enablement(JSON.parse(document.getElementById('sg-rules').textContent), form);
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
