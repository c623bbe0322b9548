def log = new File(basedir, 'build.log').text
def broken = new File(basedir, 'src/main/survey/broken.yaml').canonicalPath

// FILE:LINE:COL as a Maven error, from generate and from lint.
def line = "[ERROR] ${broken}:9:15: error: "
assert log.count(line) == 2 : "expected two '${line}' lines"
// Once per run, in the compiler's format only: not echoed by the build context as 'FILE [9:15]: …'.
assert log.count(":9:15") + log.count("[9:15]") == 2 : "each error is printed once per run"
assert !log.contains("${broken} [") : "no second format"
assert log.contains("'yes-noo'")
assert log.contains("surveygen: 1 error in the survey definitions of")
assert log.contains("surveygen: 1 error, 0 warnings in the survey definitions of")

// Misspelt parameter: did you mean.
assert log.contains("unknown parameter <packageNmae> in the configuration of surveygen-maven-plugin (did you mean 'packageName'?)")

// Undeclared locale, reported against the definition.
def good = new File(basedir, 'src/main/survey/good.yaml').canonicalPath
assert log.contains("[ERROR] ${good}:1:1: error: the locale 'en' is not one of the survey's locales (ja)")

// A template override with a misspelt name, in the compiler's format, from generate (5) and lint (6).
def misnamed = new File(basedir, 'bad-templates/surveygen-from.css').canonicalPath
def misnamedLine = "[ERROR] ${misnamed}:1:1: error: 'surveygen-from.css' overrides no built-in template (did you mean 'surveygen-form.css'?); the templates are surveygen.ftlh, functions.ftlh, page.ftlh, error-summary.ftlh, section.ftlh, question.ftlh, question-heading.ftlh, condition-note.ftlh, question-notes.ftlh, hint.ftlh, error-message.ftlh, note.ftlh, radios.ftlh, checkboxes.ftlh, text-input.ftlh, number-input.ftlh, date-input.ftlh, textarea.ftlh, guidance.ftlh, surveygen-rules.js, surveygen-form.js, surveygen-form.css"
assert log.count(misnamedLine) == 2 : "expected '${misnamedLine}' from generate and from lint"

// A component override that does not parse, at its line and column, from lint (7) and generate (8).
def form = new File(basedir, 'broken-form-template/guidance.ftlh').canonicalPath
def syntaxLine = "[ERROR] ${form}:6:4: error: the component guidance.ftlh does not parse: Unknown directive: #lsit."
assert log.count(syntaxLine) == 2 : "expected '${syntaxLine}' from lint and from generate"
assert log.contains("surveygen: 1 error, 0 warnings in the survey definitions of ${new File(basedir, 'src/main/survey').canonicalPath} and the templates of ${new File(basedir, 'broken-form-template').canonicalPath}")
assert !log.contains('FreeMarker template error') && !log.contains('\tat freemarker.') : 'no stack trace'

// Nothing was ever written: no sources (not even for the good definition), no digest.
assert !new File(basedir, 'target/generated-sources').exists()
assert !new File(basedir, 'target/generated-resources').exists()
assert !new File(basedir, 'target/surveygen').exists()
// The run on the oldest supported Maven (maven-plugin/pom.xml, execution maven-3.8.7) really used it.
if (binding.hasVariable('expectedMavenVersion')) {
    assert new File(basedir, 'build.log').text.contains("Apache Maven ${expectedMavenVersion} ") : "ran on Maven ${expectedMavenVersion}"
}
return true
