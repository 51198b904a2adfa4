import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def copy = new File(basedir, 'work/django-testapp')
def index = { String text ->
    int at = log.indexOf(text)
    assert at >= 0: "build.log lacks: ${text}"
    at
}

// An earlier run's results are removed first; the new copy has none of them.
def removed = index("Removed ${new File(basedir, 'work')} (left by an earlier run)")
index("Removed ${new File(basedir, 'samples/django-testapp/target')} (left by an earlier run)")
index("Removed ${new File(basedir, 'samples/django-testapp/.elasticbeanstalk')} (left by an earlier run)")
assert !new File(copy, 'stale.txt').exists()
assert !new File(basedir, 'samples/django-testapp/target').exists()

// The inner builds get this build's local repository and settings (the invoker's), through the
// copy's .mvn/maven.config, so they resolve the plugin under test from the staging repository.
def config = new File(copy, '.mvn/maven.config').readLines()
assert config[0] ==~ /-Deb\.endpoint=http:\/\/127\.0\.0\.1:\d+/
assert config[1] == '-Deb.region=us-east-1'
assert config.contains("-Dmaven.repo.local=${localRepositoryPath}".toString())
assert config[config.indexOf('-s') + 1] ==~ /.*\.xml/

// Release 1 creates the environment; release 2, a new commit, is a real update with its events.
def commits = (log =~ /: commit ([0-9a-f]{7}) "Release (\d)"/).collect { it[1] }
assert commits.size() == 2 && commits[0] != commits[1]
def (label1, label2) = commits.collect { "1.0.0-${it}" }
def step2 = index('==> 2/4 ')
def launched = index('INFO  Successfully launched environment: django-testapp-env')
def step3 = index('==> 3/4 ')
def updating = log.indexOf('INFO  Environment update is starting.', step3)
def deployed = index("Deployed ${label2} to django-testapp-env: Ready, health Green (Ok)")
def step4 = index('==> 4/4 ')
assert removed < step2 && step2 < launched && launched < step3 && step3 < updating && updating < deployed && deployed < step4

// The update's record: where it is and its key fields, as printed (the suggested eb:rollback, run
// afterwards, writes the file again: then it records the way back to release 1).
def result = new File(copy, 'target/eb/deployment.json')
def summary = log.substring(index("==> 4/4 the update's record, ${result}"), index('Try next, in another terminal'))
assert summary.contains('  goal          deploy, status SUCCEEDED')
assert summary =~ /  versionLabel  ${label2} \(version CREATED, [1-9]\d* bytes uploaded\)/
assert summary.contains('  environment   django-testapp-env: Ready, health Green (Ok)')
assert summary =~ /  events        [1-9]\d*:/
assert summary.contains('INFO  Environment update completed successfully.')
def record = new JsonSlurper().parse(result)
assert record.goal == 'deploy' && record.versionLabel == label1 && record.status == 'SUCCEEDED'

// It ends with the goals to try next, as lines to paste from the wrapper's folder, and they work
// against the same endpoint (run by -Ddemo.tryNext in one build).
def root = new File(basedir, '../../..').canonicalFile
def prefix = "./mvnw -B -f ${root.toPath().relativize(copy.toPath())}"
index("  cd ${root}")
index('  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test')
['eb:status', 'eb:health', 'eb:events -Deb.since=1h', 'eb:versions', 'eb:logs', 'eb:rollback',
 'eb:terminate -Deb.force=true'].each { index("  ${prefix} ${it} ") }
def tried = index("Trying them in one build: ${prefix} eb:status eb:health eb:events eb:versions eb:logs eb:rollback eb:terminate")
assert log.indexOf("Deployed version:  ${label2}", tried) > 0
assert log.indexOf("${label1}  ", tried) > 0
assert log.indexOf("Rolling django-testapp-env back from ${label2} to ${label1}", tried) > 0
assert log.indexOf('Environment django-testapp-env is terminated', tried) > 0
assert log.indexOf('Stopping local-aws.', tried) > 0
return true
