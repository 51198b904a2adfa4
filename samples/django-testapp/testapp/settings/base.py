from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = "change-me"
DEBUG = False
ALLOWED_HOSTS = []
INSTALLED_APPS = ["django.contrib.staticfiles"]
ROOT_URLCONF = "testapp.urls"
WSGI_APPLICATION = "testapp.wsgi.application"
STATIC_URL = "/static/"
# Must match the staticfiles mapping /static: static set in the POM.
STATIC_ROOT = BASE_DIR / "static"
