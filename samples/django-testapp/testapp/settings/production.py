from .base import *  # noqa: F401,F403
from .ebutils import instance_ip

ALLOWED_HOSTS = [".elasticbeanstalk.com"]
_ip = instance_ip()
if _ip:
    ALLOWED_HOSTS.append(_ip)
