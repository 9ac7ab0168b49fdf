"""The search backends: PostgreSQL (postgres.py, always there) and Elasticsearch (elastic.py, when
ELASTICSEARCH_URL is set; the elasticsearch client is only imported then)."""

from django.conf import settings


def elasticsearch_enabled() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))
