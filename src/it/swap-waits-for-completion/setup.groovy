import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
InvokerEndpoint.readyEnvironment(aws, 'swapper', 'swap-blue', 'v1')
InvokerEndpoint.readyEnvironment(aws, 'swapper', 'swap-green', 'v2')
def cnames = new Properties()
new groovy.json.JsonSlurper().parseText(aws.stateJson()).regions['us-east-1'].environments.each { cnames[it.EnvironmentName] = it.CNAME }
new File(basedir, 'cnames-before.properties').withOutputStream { cnames.store(it, null) }
return true
