import groovy.json.JsonSlurper
import io.github.ebmaven.localaws.InvokerEndpoint

// Two versions no environment runs (the oldest), then blue runs v-blue and green runs v-green (the newest).
def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.processedVersion(aws, 'ops-shop', 'old-1')
InvokerEndpoint.processedVersion(aws, 'ops-shop', 'old-2')
InvokerEndpoint.readyEnvironment(aws, 'ops-shop', 'ops-blue', 'v-blue')
InvokerEndpoint.readyEnvironment(aws, 'ops-shop', 'ops-green', 'v-green')

// The CNAMEs before the swap, for verify.groovy.
def environments = new JsonSlurper().parseText(InvokerEndpoint.state(basedir)).regions['us-east-1'].environments
def cnames = new Properties()
environments.each { cnames[it.EnvironmentName] = it.CNAME }
new File(basedir, 'cnames-before.properties').withOutputStream { cnames.store(it, null) }
return true
