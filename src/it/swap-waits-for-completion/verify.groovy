import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

def log = new File(basedir, 'build.log').text
def before = new Properties()
new File(basedir, 'cnames-before.properties').withInputStream { before.load(it) }
int starting = log.indexOf('swapEnvironmentCNAMEs is starting.')
int completed = log.indexOf("Completed swapping CNAMEs for environments 'swap-blue' and 'swap-green'.")
int mapping = log.indexOf('CNAMEs swapped:')
assert starting > 0 && completed > starting && mapping > completed
assert log.contains("  swap-blue   ->  ${before['swap-green']}  (Ready")
assert log.contains("  swap-green  ->  ${before['swap-blue']}  (Ready")
def envs = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1'].environments.collectEntries { [(it.EnvironmentName): it] }
assert envs['swap-blue'].CNAME == before['swap-green']
assert envs['swap-green'].CNAME == before['swap-blue']
return true
