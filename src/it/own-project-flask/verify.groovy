import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def root = new File(basedir, '../../..').canonicalFile
def readme = new File(root, 'README.md').text

// The README's command sequence runs these goals, in this order, with the wrapper.
def section = readme.substring(readme.indexOf('## Your own project'), readme.indexOf('\n## ', readme.indexOf('## Your own project') + 5))
def props = new Properties()
new File(basedir, 'invoker.properties').withReader { props.load(it) }
def positions = (1..2).collect { n ->
    def line = "./mvnw -B ${props.getProperty("invoker.goals.${n}")}"
    assert section.contains(line): "README's Your own project lacks: ${line}"
    section.indexOf(line)
}
assert positions == positions.sort(false)
assert section.contains('mvn wrapper:wrapper')
assert section.indexOf('./mvnw -B -Plocal package eb:deploy') > positions.last()

// The local profile's endpoint and region were used: the application exists there.
def bundle = new JsonSlurper().parse(new File(basedir, 'target/eb/bundle.json'))
assert bundle.sourceMode == 'git'
def label = bundle.versionLabel
assert label ==~ /1\.0\.0-[0-9a-f]{7}/
assert log.contains('Created application hello')
assert log =~ /Platform python-3\.11: Python 3\.11 running on 64bit Amazon Linux 2023/
assert log.contains('INFO  Successfully launched environment: hello-env')
assert log =~ /Environment hello-env is Ready, health Green \(Ok\)/

// The .ebignore keeps Maven's committed files (POM, wrapper) out: the bundle is the application.
new ZipFile(new File(basedir, "target/eb/${bundle.file}")).withCloseable { zip ->
    assert zip.entries().toList()*.name == ['.ebignore', '.gitignore', 'application.py', 'requirements.txt']
}
assert log.contains('.ebignore: 4 files left out')

def endpoint = new File(basedir, 'endpoint.txt').text.trim()
def state = new JsonSlurper().parse(new URL("${endpoint}/_localaws/state"))
def env = state.regions['us-east-1'].environments.find { it.EnvironmentName == 'hello-env' }
assert env.Status == 'Ready' && env.VersionLabel == label
return true
