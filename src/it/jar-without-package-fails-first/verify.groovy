def log = new File(basedir, 'build.log').text
def message = "eb:deploy bundles the project's jar, but the build 'compile eb:deploy' runs it before the package" +
        " phase, which builds the jar. Run mvn package eb:deploy, or set <bundleSource> / -Deb.bundleSource to git" +
        " or directory to bundle the project's files instead."

// The second build: the plugin's message is its only complaint, and the first. Nothing after eb:check
// ran, so neither the resources plugin's nor the compiler's warnings are printed.
def second = log.substring(log.lastIndexOf('[INFO] Scanning for projects...'))
def lines = second.readLines()
def check = lines.findIndexOf { it.contains(':check (default) @ jar-without-package') }
def failure = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal') }
assert check >= 0 && failure > check
assert lines[failure].contains(':check (default) on project jar-without-package: ' + message)
assert lines.findIndexOf { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') } == failure
assert !second.contains('--- resources:') && !second.contains('--- compiler:') && !second.contains(':deploy (default-cli)')

// The first build, which reaches the package phase: eb:check is silent, the jar is bundled, and the
// other plugins' warnings (the ones the second build never shows) are there.
def first = log.substring(0, log.lastIndexOf('[INFO] Scanning for projects...'))
def checkLines = first.readLines().dropWhile { !it.contains(':check (default)') }.drop(1).takeWhile { !it.contains('--- ') }
assert checkLines.every { it.trim() == '[INFO]' }
assert first.contains('[INFO] Source: artifact jar-without-package-1.0.0.jar')
assert first.findAll(/\[WARNING\] .*(encoding|bootstrap class path|-source 8)/).size() >= 2
return true
