/*
 * Runs surveygen-rules.js in Node over a corpus written by RulesScriptNodeTest and writes what it
 * finds, for the test to compare with the reference interpreter's verdicts.
 *
 *   node rules-runner.js RULES_SCRIPT CORPUS.json OUT.json
 *
 * CORPUS.json: {"rules": <rules JSON>, "forms": [form...]} where a form is name -> list of
 * strings, or {"rules": ..., "specs": [spec...]} for the hostile corpus, each form described
 * compactly (a text is a list of [piece, times]) and built here.
 * OUT.json: per form, its violations as "question | code | message" lines, or for specs a digest:
 * [count, first 8 lines, FNV-1a hash of all lines].
 */
'use strict';
var fs = require('fs');
var rulesScript = require(require('path').resolve(process.argv[2]));
var corpus = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));

function lines(violations) {
  return violations.map(function (v) { return v.question + ' | ' + v.code + ' | ' + v.message; });
}

function text(pieces) {
  var out = '';
  pieces.forEach(function (piece) { out += piece[0].repeat(piece[1]); });
  return out;
}

function expand(spec) {
  var form = {};
  spec.fields.forEach(function (field) {
    var name = text(field[0]);
    form[name] = (form[name] || []).concat(field[1].map(text));
  });
  for (var i = 0; i < spec.many[1]; i++) { form[spec.many[0] + i] = [spec.many[2]]; }
  return form;
}

function digest(all) {
  var hash = 0x811C9DC5 | 0;
  all.forEach(function (line) {
    for (var i = 0; i < line.length; i++) { hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193); }
    hash = Math.imul(hash ^ 10, 0x01000193);
  });
  var head = all.slice(0, 8).map(function (line) {
    return line.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  });
  return [all.length, head, hash];
}

var out;
if (corpus.forms) {
  out = corpus.forms.map(function (form) {
    return { violations: lines(rulesScript.check(corpus.rules, form)), enablement: rulesScript.enablement(corpus.rules, form) };
  });
} else {
  out = corpus.specs.map(function (spec) { return digest(lines(rulesScript.check(corpus.rules, expand(spec)))); });
}
fs.writeFileSync(process.argv[4], JSON.stringify(out));
