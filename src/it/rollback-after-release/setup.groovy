import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
LiveProbe.start(aws, 'rb-shop.us-east-1.elasticbeanstalk.com', basedir)
return true
