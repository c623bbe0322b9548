/*
 * surveygen rules script: the reference semantics of docs/definition-format.md (section 11) as a
 * small interpreter of the survey's rules JSON, with no DOM: how answers are read from form values,
 * which questions are enabled, and which violations a submission has, with the messages the Java
 * side wrote into the rules. Every constant it needs (trimmed characters, digits, limits, syntaxes,
 * pattern programs, messages) comes in the rules JSON from the Java definitions the reference
 * interpreter uses; what is left here restates the interpreter's steps, and the Node test
 * (RulesScriptNodeTest) replays the differential corpus through it against the reference.
 *
 * Loads in the page before surveygen-form.js (as surveygen.rules of the global object) and in Node
 * (module.exports):
 *   check(rules, form)       the violations of a submission: form is name -> list of strings
 *   enablement(rules, form)  question id -> whether it is enabled
 * No external resources, no inline code: works under Content-Security-Policy default-src 'self'.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.surveygen = root.surveygen || {};
    root.surveygen.rules = api;
  }
}(this, function () {
  'use strict';

  // --- Reading answers (FormValues + AnswerReader) ------------------------------------------

  /**
   * The reading constants of the rules JSON ("reading", written from the Java definitions that
   * the reference interpreter uses: SurveyText, FormValues, NumberLimits, IsoDate), compiled once
   * per rules object: the trimmed characters, the host fields' prefix, the number characters and
   * the full-width ones that NFKC turns into them, the integer, decimal and date syntaxes (regular
   * expressions in the subset Java and JavaScript read alike), the digit limits, the integer range.
   */
  function reading(rules) {
    if (!rules.compiled) {
      var r = rules.reading;
      // Character sets arrive as lists of code points (all in the Basic Multilingual Plane).
      var trimmed = {};
      r.trim.forEach(function (code) { trimmed[code] = true; });
      var numberChars = {};
      r.numberCharacters.concat(r.fullWidthNumberCharacters).forEach(function (code) { numberChars[code] = true; });
      rules.compiled = {
        trimmed: trimmed,
        numberChars: numberChars,
        hostFieldPrefix: r.hostFieldPrefix,
        integer: new RegExp('^(?:' + r.integer + ')$'),
        decimal: new RegExp('^(?:' + r.decimal + ')$'),
        date: new RegExp('^(?:' + r.date + ')$'),
        maxIntegerDigits: r.maxIntegerDigits,
        maxFractionDigits: r.maxFractionDigits,
        integerMin: BigInt(r.integerMin),
        integerMax: BigInt(r.integerMax)
      };
    }
    return rules.compiled;
  }

  /** The value without the trimmed characters at either end (SurveyText.trim). */
  function trim(s, c) {
    var start = 0;
    var end = s.length;
    while (start < end && c.trimmed[s.charCodeAt(start)]) { start++; }
    while (end > start && c.trimmed[s.charCodeAt(end - 1)]) { end--; }
    return s.substring(start, end);
  }

  /** The host's own fields (a CSRF token such as _csrf) are never answers (FormValues.isHostField). */
  function isHostField(rules, name) {
    var prefix = reading(rules).hostFieldPrefix;
    return name.substring(0, prefix.length) === prefix; // not indexOf: a 10 MB name is not scanned
  }

  /** NFKC for full-width digits and signs only (FormValues.normalise); anything else is left to be rejected. */
  function normalise(value, rules) {
    if (rules.digits !== 'nfkc') { return value; }
    var c = reading(rules);
    for (var i = 0; i < value.length; i++) {
      if (!c.numberChars[value.charCodeAt(i)]) { return value; }
    }
    return value.normalize('NFKC');
  }

  /**
   * The digits without a '+' and without redundant leading zeros, or null when there are more than
   * the limits before the point or after it (rule R9, NumberLimits): counted before BigInt or any other
   * arithmetic sees them, in time linear in the length.
   */
  function withinDigitLimits(text, c) {
    var sign = text.charAt(0) === '-' ? '-' : '';
    var i = text.charAt(0) === '+' || text.charAt(0) === '-' ? 1 : 0;
    while (i < text.length - 1 && text.charAt(i) === '0' && text.charAt(i + 1) !== '.') { i++; }
    var point = text.indexOf('.', i);
    var before = (point < 0 ? text.length : point) - i - (text.charAt(i) === '0' ? 1 : 0);
    var after = point < 0 ? 0 : text.length - point - 1;
    return before <= c.maxIntegerDigits && after <= c.maxFractionDigits ? sign + text.substring(i) : null;
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

  /** A date of the date syntax (yyyy-mm-dd) that exists in the proleptic Gregorian calendar (IsoDate). */
  function isRealDate(text, c) {
    if (!c.date.test(text)) { return false; }
    var y = Number(text.substring(0, 4)), mo = Number(text.substring(5, 7)), d = Number(text.substring(8, 10));
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
    var c = reading(rules);
    var values = [];
    (rawValues || []).forEach(function (v) {
      if (v === null || v === undefined) { return; }
      var trimmed = trim(String(v), c);
      if (trimmed !== '') { values.push(trimmed); }
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
        var significant = c.integer.test(digits) ? withinDigitLimits(digits, c) : null;
        if (significant === null) { return answer(null, 'type'); }
        var big = BigInt(significant);
        if (big < c.integerMin || big > c.integerMax) { return answer(null, 'type'); }
        return answer(big.toString());
      }
      case 'decimal': {
        var number = normalise(s, rules);
        var decimal = c.decimal.test(number) ? withinDigitLimits(number, c) : null;
        return decimal !== null ? answer(canonicalDecimal(decimal)) : answer(null, 'type');
      }
      case 'date': {
        var date = normalise(s, rules);
        return isRealDate(date, c) ? answer(date) : answer(null, 'type');
      }
      default: return answer(null, 'type');
    }
  }

  // --- Enablement (EnablementGraph + ConditionEvaluator) --------------------------------------

  function compareValue(value, node, c) {
    if (value === null) { return null; }
    if ('yes' in node) { return typeof value === 'boolean' ? (value === node.yes ? 0 : 1) : null; }
    if ('num' in node) { return typeof value === 'string' ? compareDecimal(canonicalDecimal(value), canonicalDecimal(node.num)) : null; }
    if (typeof value === 'string') {
      if (c.date.test(value) && c.date.test(node.str)) { return value < node.str ? -1 : value > node.str ? 1 : 0; }
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

  /** Whether a condition node holds; valueOf(id) is a question's readable value, or null. */
  function evaluate(rules, node, valueOf) {
    if (node.or) { return node.or.some(function (n) { return evaluate(rules, n, valueOf); }); }
    if (node.and) { return node.and.every(function (n) { return evaluate(rules, n, valueOf); }); }
    if ('not' in node) { return !evaluate(rules, node.not, valueOf); }
    var value = valueOf(node.q);
    if ('empty' in node) { return node.empty === (value === null); }
    if ('contains' in node) { return Array.isArray(value) && value.indexOf(node.contains) >= 0; }
    var order = compareValue(value, node, reading(rules));
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
      enabled[id] = q.when ? evaluate(rules, q.when, valueOf) : true;
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
    Object.keys(form).filter(function (key) { return !isHostField(rules, key) && !Object.prototype.hasOwnProperty.call(byId, key); })
      .sort().forEach(function (key) {
        out.push({ question: key, code: 'unknown-question', message: rules.unknownMessage });
      });
    return out;
  }

  /** Which questions a form submission enables: id to true or false. */
  function enabledFor(rules, form) {
    var answers = {};
    rules.questions.forEach(function (q) {
      answers[q.id] = readAnswer(q, Object.prototype.hasOwnProperty.call(form, q.id) ? form[q.id] : null, rules);
    });
    return enablement(rules, answers);
  }

  /**
   * A number field's text as the reading sees it under nfkc (full-width digits made ASCII), when
   * that is an integer or decimal of the syntax; otherwise null (the field is left as typed).
   */
  function normalisedNumber(rules, text) {
    var c = reading(rules);
    var normalised = normalise(trim(text, c), rules);
    return c.integer.test(normalised) || c.decimal.test(normalised) ? normalised : null;
  }

  return {
    check: check,
    enablement: enabledFor,
    // For the page script (surveygen-form.js): the same steps, on its incremental state.
    readAnswer: readAnswer,
    evaluate: evaluate,
    references: references,
    index: index,
    isHostField: isHostField,
    normalisedNumber: normalisedNumber,
    UNANSWERED: UNANSWERED
  };
}));
