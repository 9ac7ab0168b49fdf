"""Operations: health endpoints, the database-down 503 page and recovery, the page cache and its
invalidation, cache fallback when Redis is gone, backup and restore."""

import contextlib
import uuid

import psycopg
import pytest
from django.db import connection
from django.test import Client, override_settings

EMERGENCY = ("112", "114", "4174 9090")


def _get(path, **extra):
    return Client(raise_request_exception=False).get(path, **extra)


@pytest.mark.django_db
def test_health_endpoints(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}


@contextlib.contextmanager
def database_gone():
    """Point the connection at a socket directory where no PostgreSQL listens: every query fails
    with a real OperationalError until the settings are put back."""
    connection.close()
    original = dict(connection.settings_dict)
    connection.settings_dict["HOST"] = "/nonexistent-postgres-socket-dir"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)


def test_database_down_gives_friendly_503_and_recovers(django_db_blocker):
    with django_db_blocker.unblock():
        assert _get("/da/").status_code == 200  # cached now; a cached page survives an outage
        with database_gone():
            assert _get("/healthz").status_code == 200  # liveness does not need the database
            ready = _get("/readyz")
            assert ready.status_code == 503 and ready.json()["database"] == "down"
            response = _get("/da/?uncached=1")
            assert response.status_code == 503
            assert response["Retry-After"] == "30" and "no-store" in response["Cache-Control"]
            html = response.content.decode()
            assert "midlertidigt utilgængelig" in html
            for number in EMERGENCY:
                assert number in html
            # English and Arabic readers find the numbers too, in their own language
            assert "Emergency: call 112" in html and 'lang="ar" dir="rtl"' in html and "الطوارئ" in html
            assert "Content-Security-Policy" in response  # security headers on the 503 too
            assert _get("/da/").status_code == 200  # served from the page cache
        # The database is back: the next requests reconnect by themselves.
        assert _get("/readyz").status_code == 200
        assert _get("/da/?uncached=1").status_code == 200


@pytest.mark.django_db
def test_anonymous_pages_are_cached_and_dropped_on_publish(client, demo):
    from contacts.models import ContactPoint

    first = client.get("/da/")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/da/")
    assert second["X-Page-Cache"] == "hit" and second.content == first.content

    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    hotline.phone = "4174 0000"
    hotline.save_revision().publish()
    third = client.get("/da/")
    assert third["X-Page-Cache"] == "miss"
    assert "4174 0000" in third.content.decode()


@pytest.mark.django_db
def test_signed_in_staff_never_get_or_fill_the_cache(client, demo, django_user_model):
    client.get("/da/")  # anonymous copy in the cache
    staff = django_user_model.objects.create_superuser("cachetest", password="korrekt-hest-batteri-41")
    client.force_login(staff)
    response = client.get("/da/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_restricted_pages_are_never_cached_for_sharing(client, demo, django_user_model):
    from wagtail.models import Page, PageViewRestriction

    from home.models import ContentPage

    home = Page.objects.get(depth=2, locale__language_code="da")
    page = home.add_child(instance=ContentPage(title="Intern side", slug="intern-cachetest", body="<p>Kun personale</p>"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    url = page.url
    anonymous = client.get(url)
    assert anonymous.status_code == 302  # to the login
    client.force_login(django_user_model.objects.create_superuser("staffx", password="korrekt-hest-batteri-41"))
    staff = client.get(url)
    assert staff.status_code == 200
    assert "no-store" in staff["Cache-Control"] and "private" in staff["Cache-Control"]
    client.logout()
    assert client.get(url).status_code == 302  # nothing staff saw was kept for others


@pytest.mark.django_db
def test_site_keeps_serving_when_redis_is_gone(client, demo):
    dead_redis = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    with override_settings(CACHES=dead_redis, OPS_SHARED_CACHE=True):
        for _ in range(2):
            response = client.get("/da/")
            assert response.status_code == 200 and "X-Page-Cache" not in response
        assert client.get("/api/v2/pages/").status_code == 200  # the rate limiter fails open


def _conninfo(dbname):
    db = connection.settings_dict
    return psycopg.conninfo.make_conninfo(
        host=db["HOST"], port=db["PORT"] or None, user=db["USER"], password=db["PASSWORD"] or None, dbname=dbname
    )


def _snapshot(dbname):
    with psycopg.connect(_conninfo(dbname)) as conn:
        pages = conn.execute("SELECT path, title, live FROM wagtailcore_page ORDER BY path").fetchall()
        contacts = conn.execute("SELECT name, phone FROM contacts_contactpoint ORDER BY id").fetchall()
        revisions = conn.execute("SELECT count(*) FROM wagtailcore_revision").fetchone()[0]
    return pages, contacts, revisions


def test_backup_and_restore_round_trip(django_db_blocker, tmp_path):
    from ops.backup import create_backup, restore_backup

    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "plan.pdf").write_bytes(b"%PDF-1.4 test")
    target = f"restore_{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock():
        source = connection.settings_dict["NAME"]
        archive = create_backup(tmp_path / "backups", media_root=media)
        assert archive.name.startswith("backup-") and archive.name.endswith(".tar.gz")
        with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{target}"')
        try:
            restored_media = tmp_path / "restored-media"
            manifest = restore_backup(archive, dbname=target, media_root=restored_media)
            assert manifest["media_files"] == 1
            before, after = _snapshot(source), _snapshot(target)
            assert len(before[0]) >= 2 and len(before[1]) >= 4  # the demo site really is in there
            assert after == before
            assert (restored_media / "documents" / "plan.pdf").read_bytes() == b"%PDF-1.4 test"
        finally:
            with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')


def test_restore_refuses_an_archive_that_is_not_a_backup(tmp_path):
    import tarfile

    from django.core.management import CommandError, call_command

    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        note = tmp_path / "note.txt"
        note.write_text("hello")
        tar.add(note, arcname="note.txt")
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", str(bogus), "--yes", "--database-name", "never_touched")


@pytest.mark.django_db
def test_cookies_that_change_the_page_bypass_the_cache(client, demo):
    assert client.get("/da/")["X-Page-Cache"] == "miss"
    assert client.get("/da/")["X-Page-Cache"] == "hit"
    client.cookies["kommune"] = "odense"  # e.g. a remembered municipality
    assert "X-Page-Cache" not in client.get("/da/")
    client.cookies.pop("kommune")
    client.cookies["csrftoken"] = "x" * 32  # harmless cookies do not
    assert client.get("/da/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_cache_keeps_a_page_no_longer_than_its_max_age(client, demo, monkeypatch):
    from ops import pagecache

    stored = []
    monkeypatch.setattr(pagecache.PageCacheMiddleware, "_store", staticmethod(lambda k, r, t: stored.append(t)))
    client.get("/da/bekymret/")  # says max-age=60: it shows who is open right now
    client.get("/da/")
    assert stored[0] <= 60 and stored[1] == 600


def test_media_go_to_s3_compatible_storage_when_a_bucket_is_set(tmp_path):
    """With AWS_STORAGE_BUCKET_NAME set, uploads go to S3-compatible storage (django-storages on
    boto3), with signed, expiring URLs. Signing happens locally, so no server is needed here."""
    import os
    import subprocess
    import sys

    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings'); django.setup()\n"
        "from django.core.files.storage import default_storage, storages\n"
        "print(type(storages['default']).__name__)\n"
        "print(default_storage.url('documents/plan.pdf'))\n"
    )
    env = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": "ncfe-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.dk",
        "AWS_S3_REGION_NAME": "eu-north-1",
        "AWS_ACCESS_KEY_ID": "TESTKEY",
        "AWS_SECRET_ACCESS_KEY": "testsecret",
    }
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    storage_class, url = out.stdout.split()
    assert storage_class == "S3Storage"
    assert url.startswith("https://s3.example.dk/ncfe-media/documents/plan.pdf?")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=" in url


@pytest.mark.django_db
def test_a_refused_query_is_a_500_not_the_outage_page(rf):
    """Only a lost connection is an outage. A query the database refuses (here a real DataError:
    text cast to a number) is a bug: the ordinary 500 page, not "we are down" with Retry-After."""
    from django.db import DataError, transaction

    from ops.views import server_error

    request = rf.get("/da/")
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT 'not a number'::int")
    except DataError:
        response = server_error(request)
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "midlertidigt utilgængelig" not in response.content.decode()
