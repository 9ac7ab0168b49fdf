"""DJANGO_SETTINGS_MODULE=config.settings (manage.py, config.wsgi, the scripts): the settings in
base.py, as the environment sets them. The tests use config.settings.test (pytest.ini)."""

from config.settings.base import *  # noqa: F403
