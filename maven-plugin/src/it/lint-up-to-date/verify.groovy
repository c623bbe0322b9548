// lint's up-to-date check, invocation by invocation (see invoker.properties).
def target = new File(basedir, 'target')
def record = new File(target, 'surveygen/check.lint')
def snapshotRecord = { n -> new File(target, "snapshots/$n/surveygen/check.lint") }
def definition = new File(basedir, 'src/main/survey/visit.yaml').canonicalPath
def warning = "[WARNING] ${definition}:5:3: warning: choice list 'unused' is not used by any question"
def checked = 'surveygen: 1 definition checked, 1 warning'
def upToDate = 'surveygen: up to date, nothing checked (1 definition unchanged since checked, 1 warning)'

def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects').drop(1)
assert runs.size() == 7 : "seven invocations, not ${runs.size()}"
def run = { n -> runs[n - 1] }

// 1: checked once: lint checks, generate takes its result.
assert run(1).contains(checked) && run(1).count(warning) == 2 : 'lint reports the warning, and generate again'
assert run(1).contains("surveygen: ${definition} was checked by lint in this build; not checking it again")
assert run(1).contains('Java: ') && run(1).contains(' written, ')

// 2: nothing changed: no check, the warning replayed, the record not rewritten.
assert run(2).contains(upToDate) && !run(2).contains(checked)
assert run(2).count(warning) == 1 : 'the recorded warning is reported again'
assert run(2).contains('surveygen: up to date, nothing written')
assert snapshotRecord(2).lastModified() == snapshotRecord(3).lastModified() : 'the record was not rewritten'
assert snapshotRecord(2).text == snapshotRecord(3).text

// 3: an option changed: checked again, a new record.
assert run(3).contains(checked) && !run(3).contains(upToDate)
assert snapshotRecord(4).readLines()[0] != snapshotRecord(3).readLines()[0] : 'the option is in the key'

// 4: up to date again.
assert run(4).contains(upToDate) && !run(4).contains(checked)

// 5 and 6: the broken definition is reported by lint every time, at its position; no record is left.
def error = "[ERROR] ${definition}:12:15: error: "
assert run(5).contains(error) && run(6).contains(error)
assert !run(5).contains(upToDate) && !run(6).contains(upToDate)
assert run(5).contains("surveygen: 1 error, ")

// 7: repaired: checked again and recorded; the generated code is intact.
assert run(7).contains(checked)
assert record.isFile() && record.readLines()[0] == snapshotRecord(4).readLines()[0] : 'same inputs as in 3 and 4, same key'
assert record.readLines().size() == 2 && record.readLines()[1].startsWith('warning\t')
return true
