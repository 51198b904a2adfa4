import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def manifest = new JsonSlurper().parse(new File(basedir, 'target/eb/bundle.json'))
def zipFile = new File(basedir, "target/eb/${manifest.file}")
assert zipFile.isFile()
assert manifest.applicationName == 'django-testapp'
assert manifest.sourceMode == 'git'
assert manifest.dirty == true
assert manifest.versionLabel ==~ /1\.0\.0-[0-9a-f]{7}/
assert manifest.versionLabel == '1.0.0-' + manifest.gitCommit.substring(0, 7)
assert manifest.sha256 == zipFile.bytes.digest('SHA-256')

def zip = new ZipFile(zipFile)
def names = zip.entries().collect { it.name }
assert names == names.toSorted()
assert names.containsAll(['manage.py', 'requirements.txt', 'testapp/wsgi.py', 'testapp/settings/production.py', 'static/css/site.css', '.ebignore'])
assert !names.contains('untracked-notes.txt')
assert !names.any { it.contains('__pycache__') }
assert !names.any { it.startsWith('target/') }
def urls = zip.getInputStream(zip.getEntry('testapp/urls.py')).text
assert !urls.contains('uncommitted edit')

assert log.contains('Source: git HEAD')
assert log.contains('Generated: .ebextensions/eb-maven-plugin.config')
assert log.contains('.ebignore: 1 file left out')
assert log =~ /WARNING\] The work tree has 2 changes \(testapp\/urls.py, untracked-notes.txt\) that are not committed/
assert log.contains('label ' + manifest.versionLabel)
// The POM's configuration, rendered to the file EB reads, with the seed's content.
def config = new org.yaml.snakeyaml.Yaml().load(zip.getInputStream(zip.getEntry('.ebextensions/eb-maven-plugin.config')).text)
assert config.option_settings['aws:elasticbeanstalk:container:python'] == [WSGIPath: 'testapp.wsgi:application']
assert config.option_settings['aws:elasticbeanstalk:environment:proxy:staticfiles'] == ['/static': 'static']
assert config.option_settings['aws:ec2:instances'] == [InstanceTypes: 't3a.nano']
assert config.option_settings['aws:elasticbeanstalk:application:environment'] == [DJANGO_SETTINGS_MODULE: 'testapp.settings.production']
assert config.container_commands.migrate.leader_only == true
assert config.container_commands.collectstatic.command.contains('collectstatic --noinput')
assert config.commands.keySet().toList() == ['change_log_permissions', 'change_logs_owner']
assert config.Resources.AWSEBAutoScalingGroup.Properties.HealthCheckType == 'ELB'

// No outputTimestamp in this POM: every entry carries the commit time, as UTC wall-clock time.
def commitTime = java.time.LocalDateTime.of(2025, 11, 29, 8, 0, 0)
zip.entries().each { assert it.timeLocal == commitTime : it.name }
assert zip.getEntry('manage.py').extra == null
zip.close()
return true
