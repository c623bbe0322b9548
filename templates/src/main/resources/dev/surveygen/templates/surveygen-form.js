/*
 * surveygen form script. It reads the survey's rules from the JSON data block #sg-rules and applies
 * the reference semantics of docs/definition-format.md (section 11) to the form: which questions
 * are enabled, and which violations an answer has, with the messages precomputed by the Java side.
 * Every rule here restates a rule of dev.surveygen.semantics; the browser tests replay the Java
 * differential corpus through window.surveygen.check and require identical results.
 * No external resources, no inline code: works under Content-Security-Policy default-src 'self'.
 */
(function () {
  'use strict';

  // --- Reading answers (FormValues + AnswerReader) ------------------------------------------

  var FULL_WIDTH_NUMBER = /^[0-9+\-.\uFF10-\uFF19\uFF0B\uFF0D\uFF0E]*$/;
  var INTEGER = /^[+-]?[0-9]+$/;
  var DECIMAL = /^[+-]?[0-9]+(\.[0-9]+)?$/;
  var ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
  var INT_MIN = BigInt(-2147483648);
  var INT_MAX = BigInt(2147483647);

  function isBlank(s) { return s.trim() === ''; }

  /** The host's own fields (a CSRF token such as _csrf) are never answers (FormValues.isHostField). */
  function isHostField(name) { return name.charAt(0) === '_'; }

  function normalise(value, rules) {
    return rules.digits === 'nfkc' && FULL_WIDTH_NUMBER.test(value) ? value.normalize('NFKC') : value;
  }

  /**
   * The digits without a '+' and without redundant leading zeros, or null when there are more than
   * 30 before the point or 30 after it (rule R9, NumberLimits): counted before BigInt or any other
   * arithmetic sees them, in time linear in the length.
   */
  function withinDigitLimits(text) {
    var sign = text.charAt(0) === '-' ? '-' : '';
    var i = text.charAt(0) === '+' || text.charAt(0) === '-' ? 1 : 0;
    while (i < text.length - 1 && text.charAt(i) === '0' && text.charAt(i + 1) !== '.') { i++; }
    var point = text.indexOf('.', i);
    var before = (point < 0 ? text.length : point) - i - (text.charAt(i) === '0' ? 1 : 0);
    var after = point < 0 ? 0 : text.length - point - 1;
    return before <= 30 && after <= 30 ? sign + text.substring(i) : null;
  }

  /** A decimal string in canonical form: no '+', no leading zeros, no trailing fraction zeros, '0' for zero. */
  function canonicalDecimal(text) {
    var negative = text.charAt(0) === '-';
    var body = text.replace(/^[+-]/, '');
    var parts = body.split('.');
    var whole = parts[0].replace(/^0+(?=[0-9])/, '');
    var fraction = (parts[1] || '').replace(/0+$/, '');
    var result = fraction ? whole + '.' + fraction : whole;
    if (/^0(\.0*)?$/.test(result)) { return '0'; }
    return (negative ? '-' : '') + result;
  }

  /** Exact comparison of canonical decimal strings, like BigDecimal.compareTo. */
  function compareDecimal(a, b) {
    var na = a.charAt(0) === '-', nb = b.charAt(0) === '-';
    if (na !== nb) { return na ? -1 : 1; }
    var sign = na ? -1 : 1;
    var pa = a.replace('-', '').split('.'), pb = b.replace('-', '').split('.');
    if (pa[0].length !== pb[0].length) { return sign * (pa[0].length < pb[0].length ? -1 : 1); }
    if (pa[0] !== pb[0]) { return sign * (pa[0] < pb[0] ? -1 : 1); }
    var fa = pa[1] || '', fb = pb[1] || '';
    var length = Math.max(fa.length, fb.length);
    while (fa.length < length) { fa += '0'; }
    while (fb.length < length) { fb += '0'; }
    if (fa === fb) { return 0; }
    return sign * (fa < fb ? -1 : 1);
  }

  function isRealDate(text) {
    var m = ISO_DATE.exec(text);
    if (!m) { return false; }
    var y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1) { return false; }
    var days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return d <= days[mo - 1];
  }

  /** Unicode code points, as Java's codePointCount: a lone surrogate counts one. */
  function codePointCount(s) {
    var count = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; }
      }
      count++;
    }
    return count;
  }

  var UNANSWERED = { present: false, value: null, problem: null };
  function answer(value, problem) { return { present: true, value: value, problem: problem || null }; }

  /** One question's answer from its form values (strings), as the Java form binder reads it. */
  function readAnswer(q, rawValues, rules) {
    var values = [];
    (rawValues || []).forEach(function (v) {
      if (v !== null && v !== undefined && !isBlank(String(v))) { values.push(String(v).trim()); }
    });
    if (values.length === 0) { return UNANSWERED; }
    if (q.type === 'multiple-choice') {
      var codes = [];
      var unknown = false;
      values.forEach(function (code) {
        if (codes.indexOf(code) < 0) { codes.push(code); }
        if (q.choices.indexOf(code) < 0) { unknown = true; }
      });
      return answer(codes, unknown ? 'choice' : null);
    }
    if (values.length > 1) { return answer(null, 'type'); }
    var s = values[0];
    switch (q.type) {
      case 'note': return answer(null, 'type');
      case 'yes-no': return s === 'yes' ? answer(true) : s === 'no' ? answer(false) : answer(null, 'type');
      case 'text': case 'long-text': return answer(s);
      case 'single-choice': return q.choices.indexOf(s) >= 0 ? answer(s) : answer(s, 'choice');
      case 'integer': {
        var digits = normalise(s, rules);
        var significant = INTEGER.test(digits) ? withinDigitLimits(digits) : null;
        if (significant === null) { return answer(null, 'type'); }
        var big = BigInt(significant);
        if (big < INT_MIN || big > INT_MAX) { return answer(null, 'type'); }
        return answer(big.toString());
      }
      case 'decimal': {
        var number = normalise(s, rules);
        var decimal = DECIMAL.test(number) ? withinDigitLimits(number) : null;
        return decimal !== null ? answer(canonicalDecimal(decimal)) : answer(null, 'type');
      }
      case 'date': {
        var date = normalise(s, rules).trim();
        return isRealDate(date) ? answer(date) : answer(null, 'type');
      }
      default: return answer(null, 'type');
    }
  }

  // --- Enablement (EnablementGraph + ConditionEvaluator) --------------------------------------

  function compareValue(value, node) {
    if (value === null) { return null; }
    if ('yes' in node) { return typeof value === 'boolean' ? (value === node.yes ? 0 : 1) : null; }
    if ('num' in node) { return typeof value === 'string' ? compareDecimal(canonicalDecimal(value), canonicalDecimal(node.num)) : null; }
    if (typeof value === 'string') {
      if (ISO_DATE.test(value) && ISO_DATE.test(node.str)) { return value < node.str ? -1 : value > node.str ? 1 : 0; }
      return value === node.str ? 0 : 1;
    }
    return null;
  }

  function test(op, order) {
    switch (op) {
      case '=': return order === 0;
      case '!=': return order !== 0;
      case '<': return order < 0;
      case '<=': return order <= 0;
      case '>': return order > 0;
      default: return order >= 0;
    }
  }

  function evaluate(node, valueOf) {
    if (node.or) { return node.or.some(function (n) { return evaluate(n, valueOf); }); }
    if (node.and) { return node.and.every(function (n) { return evaluate(n, valueOf); }); }
    if ('not' in node) { return !evaluate(node.not, valueOf); }
    var value = valueOf(node.q);
    if ('empty' in node) { return node.empty === (value === null); }
    if ('contains' in node) { return Array.isArray(value) && value.indexOf(node.contains) >= 0; }
    var order = compareValue(value, node);
    return order !== null && test(node.op, order);
  }

  /** The question ids a condition node reads. */
  function references(node, into) {
    if (!node) { return into; }
    if (node.or) { node.or.forEach(function (n) { references(n, into); }); return into; }
    if (node.and) { node.and.forEach(function (n) { references(n, into); }); return into; }
    if ('not' in node) { return references(node.not, into); }
    into.push(node.q);
    return into;
  }

  function enablement(rules, answers) {
    var byId = index(rules);
    var enabled = {};
    function valueOf(id) {
      var a = answers[id];
      return enabled[id] && a && a.present && !a.problem ? a.value : null;
    }
    rules.order.forEach(function (id) {
      var q = byId[id];
      enabled[id] = q.when ? evaluate(q.when, valueOf) : true;
    });
    return enabled;
  }

  function index(rules) {
    if (!rules.byId) {
      rules.byId = {};
      rules.questions.forEach(function (q) { rules.byId[q.id] = q; });
    }
    return rules.byId;
  }

  // --- Patterns (dev.surveygen.regex.PatternMatcher) -----------------------------------------------

  /**
   * Whether the whole of text matches a pattern's program (rules JSON: patternProgram), by the
   * machine of PatternMatcher, statement for statement: a Pike VM over the text's code points
   * (a lone surrogate is one), linear in the text's length, without backtracking or recursion.
   * Program: [start, then states and classes at their offsets]; states: 0 match, 1 split a b,
   * 2 begin next, 3 end next, 4 char next class; a class: k, then k pairs low high.
   */
  function matchesPattern(program, text) {
    var size = program.length;
    var mark = new Int32Array(size);
    var current = new Int32Array(size);
    var next = new Int32Array(size);
    var stack = new Int32Array(size);
    var generation = 1;
    var count = followPattern(program, program[0], current, 0, mark, generation, stack, true, text.length === 0);
    var i = 0;
    while (i < text.length) {
      if (count === 0) { return false; }
      var c = text.codePointAt(i);
      i += c > 0xFFFF ? 2 : 1;
      generation++;
      var end = i === text.length;
      var nextCount = 0;
      for (var k = 0; k < count; k++) {
        var pc = current[k];
        if (program[pc] === 4 && inPatternClass(program, program[pc + 2], c)) {
          nextCount = followPattern(program, program[pc + 1], next, nextCount, mark, generation, stack, false, end);
        }
      }
      var swap = current;
      current = next;
      next = swap;
      count = nextCount;
    }
    for (var m = 0; m < count; m++) {
      if (program[current[m]] === 0) { return true; }
    }
    return false;
  }

  function followPattern(program, from, list, count, mark, generation, stack, start, end) {
    if (mark[from] === generation) { return count; }
    mark[from] = generation;
    var top = 0;
    stack[top++] = from;
    var added = count;
    while (top > 0) {
      var pc = stack[--top];
      var kind = program[pc];
      if (kind === 1) {
        for (var target = pc + 2; target >= pc + 1; target--) {
          var to = program[target];
          if (mark[to] !== generation) { mark[to] = generation; stack[top++] = to; }
        }
      } else if (kind === 2 || kind === 3) {
        var after = program[pc + 1];
        if ((kind === 2 ? start : end) && mark[after] !== generation) { mark[after] = generation; stack[top++] = after; }
      } else {
        list[added++] = pc;
      }
    }
    return added;
  }

  function inPatternClass(program, at, c) {
    var low = 0;
    var high = program[at] - 1;
    while (low <= high) {
      var middle = (low + high) >>> 1;
      var first = at + 1 + 2 * middle;
      if (c < program[first]) { high = middle - 1; } else if (c > program[first + 1]) { low = middle + 1; } else { return true; }
    }
    return false;
  }

  // --- Violations (ReferenceInterpreter) -------------------------------------------------------

  function violation(q, code, message) { return { question: q.id, code: code, message: message }; }

  function firstProblem(q, a) {
    var m = q.messages;
    if (a.problem === 'type') { return violation(q, 'type', m.type); }
    if (a.problem === 'choice') { return violation(q, 'choice', m.choice); }
    var v = a.value;
    switch (q.type) {
      case 'multiple-choice': {
        if (v.length > 1) {
          for (var i = 0; i < q.exclusive.length; i++) {
            if (v.indexOf(q.exclusive[i]) >= 0) { return violation(q, 'exclusive', m.exclusive[q.exclusive[i]]); }
          }
        }
        if (('minSelections' in q && v.length < q.minSelections) || ('maxSelections' in q && v.length > q.maxSelections)) {
          return violation(q, 'selection-count', m['selection-count']);
        }
        return null;
      }
      case 'integer': case 'decimal':
        if (('min' in q && compareDecimal(v, canonicalDecimal(q.min)) < 0)
            || ('max' in q && compareDecimal(v, canonicalDecimal(q.max)) > 0)) {
          return violation(q, 'range', m.range);
        }
        return null;
      case 'date':
        if (('min' in q && v < q.min) || ('max' in q && v > q.max)) { return violation(q, 'range', m.range); }
        return null;
      case 'text': case 'long-text': {
        var length = codePointCount(v);
        if (('minLength' in q && length < q.minLength) || ('maxLength' in q && length > q.maxLength)) {
          return violation(q, 'length', m.length);
        }
        if ('patternProgram' in q && !matchesPattern(q.patternProgram, v)) {
          return violation(q, 'pattern', m.pattern);
        }
        return null;
      }
      default: return null;
    }
  }

  /** The violations of a form submission: name to list of string values. */
  function check(rules, form) {
    var answers = {};
    rules.questions.forEach(function (q) {
      answers[q.id] = readAnswer(q, Object.prototype.hasOwnProperty.call(form, q.id) ? form[q.id] : null, rules);
    });
    var enabled = enablement(rules, answers);
    var out = [];
    rules.questions.forEach(function (q) {
      var a = answers[q.id];
      if (q.type === 'note' || !enabled[q.id]) {
        if (a.present) { out.push(violation(q, 'not-applicable', q.messages['not-applicable'])); }
      } else if (!a.present) {
        if (q.required) { out.push(violation(q, 'required', q.messages.required)); }
      } else {
        var problem = firstProblem(q, a);
        if (problem) { out.push(problem); }
      }
    });
    var byId = index(rules);
    Object.keys(form).filter(function (key) { return !isHostField(key) && !Object.prototype.hasOwnProperty.call(byId, key); })
      .sort().forEach(function (key) {
        out.push({ question: key, code: 'unknown-question', message: rules.unknownMessage });
      });
    return out;
  }

  function enabledFor(rules, form) {
    var answers = {};
    rules.questions.forEach(function (q) { answers[q.id] = readAnswer(q, form[q.id], rules); });
    return enablement(rules, answers);
  }

  // --- The page ---------------------------------------------------------------------------------

  /**
   * The form's answers by name; fields of hidden (disabled) questions only if includeDisabled.
   * The host's own fields are submitted with the form but are no answers: not checked, not in
   * drafts or exported files.
   */
  function readForm(form, includeDisabled) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || isHostField(el.name) || (el.disabled && !includeDisabled) || el.type === 'file' || el.type === 'submit' || el.type === 'button') { return; }
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

  function fillForm(fieldsByName, values) {
    Object.keys(values).filter(function (id) { return !isHostField(id); }).forEach(function (id) {
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
    var byId = index(rules);
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
      references(q.when, []).forEach(function (ref) {
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
      if (!visible) { clearFields(questionFields(id)); answers[id] = UNANSWERED; }
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
      rules.questions.forEach(function (q) { answers[q.id] = readAnswer(q, fieldValues(questionFields(q.id), true), rules); });
      enabled = {};
      rules.order.forEach(function (id) {
        var q = byId[id];
        enabled[id] = q.when ? evaluate(q.when, valueOf) : true;
      });
      shownIn.forEach(function (count, section) { shownIn.set(section, 0); });
      rules.questions.forEach(function (q) {
        var visible = enabled[q.id] !== false;
        if (!visible) { clearFields(questionFields(q.id)); answers[q.id] = UNANSWERED; }
        questionFields(q.id).forEach(function (el) { el.disabled = !visible; }); // hidden: not submitted
        var group = groupOf[q.id];
        if (group) { group.hidden = !visible; }
        if (group && visible && sectionOf[q.id]) { shownIn.set(sectionOf[q.id], shownIn.get(sectionOf[q.id]) + 1); }
      });
      shownIn.forEach(function (count, section) { section.hidden = count === 0; });
      draft = readForm(form);
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
      answers[id] = readAnswer(q, fieldValues(questionFields(id), true), rules);
      remember(id);
      var pending = new MinHeap(position);
      var queued = {};
      (dependants[id] || []).forEach(function (d) { queued[d] = true; pending.push(d); });
      while (pending.size() > 0) {
        var next = pending.pop();
        var dependant = byId[next];
        var now = dependant.when ? evaluate(dependant.when, valueOf) : true;
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
        try { fillForm(fields, JSON.parse(saved)); } catch (e) { /* a broken draft is ignored */ }
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
      var q = index(rules)[el.name];
      if (q && (q.type === 'integer' || q.type === 'decimal') && rules.digits === 'nfkc') {
        var normalised = normalise(el.value.trim(), rules);
        if (normalised !== el.value && (INTEGER.test(normalised) || DECIMAL.test(normalised))) { el.value = normalised; }
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
      var violations = check(rules, readForm(form));
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
        var blob = new Blob([JSON.stringify(readForm(form), null, 2)], { type: 'application/json' });
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
            fillForm(fields, JSON.parse(String(reader.result)));
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

  window.surveygen = {
    check: function (form) { return check(JSON.parse(document.getElementById('sg-rules').textContent), form); },
    enablement: function (form) { return enabledFor(JSON.parse(document.getElementById('sg-rules').textContent), form); }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
