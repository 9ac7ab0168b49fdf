from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: security headers, health checks, the database-down page, page cache,
    rate limiting, upload validation, two-factor enforcement, backup and restore."""

    name = "ops"
    verbose_name = "Drift og sikkerhed"

    def ready(self):
        from ops import signals  # noqa: F401  (connects the cache-invalidation handlers)
