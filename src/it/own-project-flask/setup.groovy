import io.github.ebmaven.it.ItProjects
import io.github.ebmaven.localaws.LocalAws
import io.github.ebmaven.localaws.LocalAwsOptions
import java.nio.file.Files
import java.nio.file.StandardCopyOption

// The README's "Your own project": its pom.xml and .ebignore exactly as printed there, a Flask
// application, the wrapper a user commits, all committed. The only change: the local profile's
// port, 4566 in the README, becomes this IT's own endpoint's.
def root = new File(basedir, '../../..').canonicalFile
def readme = new File(root, 'README.md').text
def snippet = { String file ->
    def m = readme =~ /(?s)<!-- file: ${java.util.regex.Pattern.quote(file)} \(src\/it\/own-project-flask[^\n]*-->\n```\w+\n(.*?)```\n/
    assert m.find(): "README.md has no snippet marked <!-- file: ${file} ...-->"
    m.group(1)
}
def pom = snippet('pom.xml')
def version = new groovy.xml.XmlSlurper().parse(new File(root, 'pom.xml')).version.text()
assert pom.contains("<version>${version}</version>"): "README's pom.xml must use the plugin's version ${version}"
assert pom.count('<endpoint>http://127.0.0.1:4566</endpoint>') == 1

def aws = LocalAws.start(LocalAwsOptions.defaults())
new File(basedir, 'pom.xml').text = pom.replace('http://127.0.0.1:4566', aws.endpoint().toString())
new File(basedir, '.ebignore').text = snippet('.ebignore')
new File(basedir, 'endpoint.txt').text = aws.endpoint().toString()
new File(basedir, 'application.py').text = '''from flask import Flask

application = Flask(__name__)


@application.route("/")
def hello():
    return "Hello from Elastic Beanstalk"
'''
new File(basedir, 'requirements.txt').text = 'Flask==3.0.3\n'
// What `mvn wrapper:wrapper` adds, committed as a user would.
new File(basedir, '.mvn/wrapper').mkdirs()
['mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties'].each {
    Files.copy(new File(root, it).toPath(), new File(basedir, it).toPath(), StandardCopyOption.COPY_ATTRIBUTES)
}
// The README's .gitignore, plus the IT's own files.
new File(basedir, '.gitignore').text =
        'target/\n.venv/\n__pycache__/\nbuild.log\nendpoint.txt\ninvoker.properties\n*.groovy\n'
ItProjects.commitAll(basedir, 'First release')
return true
