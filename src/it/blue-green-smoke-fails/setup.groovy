import io.github.ebmaven.it.LiveProbe
import io.github.ebmaven.localaws.InvokerEndpoint

def aws = InvokerEndpoint.start(basedir)
// Version v2 answers every request with a 500, as an application whose database is unreachable.
aws.faults().app().failVersion('v2', 500, 'OperationalError: could not connect to the database\nat shop/db.py line 12\n')
LiveProbe.start(aws, 'sf-shop.us-east-1.elasticbeanstalk.com', basedir)
return true
