"""WSGI entry point that Elastic Beanstalk loads (WSGIPath testapp.wsgi:application)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "testapp.settings.production")

application = get_wsgi_application()
