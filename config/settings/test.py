"""Settings for the test suite (pytest.ini: DJANGO_SETTINGS_MODULE = config.settings.test).

The tests run against base.py as production would, except for what the test client and the test
data need, set here explicitly whatever the environment says. Tests that check the production
behaviour turn it on with override_settings, or start a process with config.settings
(tests/test_security.py)."""

import os

from config.settings.base import *  # noqa: F403
from config.settings.base import CONTENT_SECURITY_POLICY

DEBUG = False

# Plain http: the test client and the browser tests' live server speak http.
SECURE_HTTPS = False
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": False},
}

# Two-factor login is not enforced, so admin tests can sign in without a device; the tests of
# two-factor login turn it on with override_settings.
OPS_2FA_ENFORCED = False

# Hashing test users' passwords slowly only slows the tests down.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Mail is kept in memory (django.core.mail.outbox); pytest-django would set this anyway.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# SAML: the service provider's key pair is made once for the test run, outside the work tree.
SAML_SP_KEY_DIR = os.environ.get("SAML_SP_KEY_DIR_TEST", "/tmp/ncfe-test-saml")
SAML_SESSION_COOKIE_SAMESITE = "Lax"
