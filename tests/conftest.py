import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once for the whole session: most tests read it, and tests that write
    run inside a transaction that is rolled back."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))


@pytest.fixture
def demo(db):
    """The demo site, for tests that read it."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: no cached pages, rate-limit counters or lockouts
    left over from another test (ops: page cache, rate limiter)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()  # includes the content cache: rolled-back test data never bumps the generation
    yield
