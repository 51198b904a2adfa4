import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 4

// On release/2.0 nothing on the command line: the branch picks staging, config.yml names its environment.
def byBranch = "[INFO] Target environment staging (git branch release/2.0 matches its branches 'release/*')"
// Said once per build, although eb:init and eb:create both run (package runs no plugin goal in a pom project)
assert builds[0].count(byBranch) == 1
assert builds[0] =~ /Environment br-staging is Ready, health Green \(Ok\)/
// -Deb.target wins over the branch.
assert builds[1].contains('[INFO] Target environment production (selected by -Deb.target=production)')
assert builds[1] =~ /Environment br-prod is Ready, health Green \(Ok\)/
// Every goal works on the selected target.
assert builds[2].contains(byBranch)
assert builds[2] =~ /\[INFO\] Environment: +br-staging \(e-\w+\)/
// An unknown id fails before any call, listing the known ones.
assert builds[3] =~ /\[ERROR\] Failed to execute goal .*:status \(default-cli\) on project branch-selects-environment: <target> \/ -Deb\.target is 'prod', which is not a target environment of the POM; it declares production, staging\. Use one of them, for example -Deb\.target=production\./

def region = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1']
def environments = region.environments.collectEntries { [(it.EnvironmentName): it] }
assert environments.keySet() == ['br-staging', 'br-prod'] as Set
// Each target's own instance type went into its bundle's .ebextensions.
assert environments['br-staging'].OptionSettings['aws:ec2:instances:InstanceTypes'] == 't3.small'
assert environments['br-prod'].OptionSettings['aws:ec2:instances:InstanceTypes'] == 'm7g.large'
assert environments['br-staging'].VersionLabel == 'v1'
assert environments['br-prod'].VersionLabel == 'v1-prod'
def calls = new JsonSlurper().parseText(InvokerEndpoint.calls(basedir)).counts
assert calls['DescribeEnvironments'] > 0
return true
