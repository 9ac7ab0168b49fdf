"""Browser tests: a real headless Chromium (Debian's /usr/bin/chromium, never a downloaded build)
driven by Playwright against a live server that reads the session's demo content.

Why not pytest-django's `live_server`? It forces `transactional_db`, which truncates every table
after each test and would wipe the demo content the rest of the suite reads. Instead one server
thread runs for the whole session on the committed demo data; database access is unblocked only
while a browser test runs, and the demo content is reloaded if an earlier test flushed it.
"""

import os
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.testcases import LiveServerThread, _StaticFilesHandler

# Playwright's sync API keeps an asyncio loop in the main thread; the test's own ORM reads there are
# ordinary blocking calls, which Django would otherwise refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)
            # Also makes pytest-django create the test database when only browser tests run
            # (without a django_db test in the session it would leave the dev database in place).
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    """Base URL of a live server thread on the session's (committed) demo content."""
    with django_db_blocker.unblock():
        from django.db import connection

        from concern.models import ConcernPage

        assert connection.settings_dict["NAME"].startswith("test_"), "browser tests must run on the test database"

        if not ConcernPage.objects.live().exists():  # a transactional test flushed the demo content
            call_command("load_demo_content", stdout=open("/dev/null", "w"))
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler)
    thread.daemon = True
    with django_db_blocker.unblock():
        thread.start()
        thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    with django_db_blocker.unblock():
        thread.terminate()
        # Request threads may leave connections behind; the test database can only be dropped
        # at the end of the session when nobody else is connected to it.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(autouse=True)
def _db_for_server(request, django_db_blocker):
    """The server thread shares the process-wide database blocker: open it during browser tests."""
    if "site_url" not in request.fixturenames:
        yield
        return
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _new_page(browser, **options):
    context = browser.new_context(locale="da-DK", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.fixture
def phone(browser, site_url):
    context, page = _new_page(browser, viewport=PHONE, has_touch=True)
    yield page
    context.close()


@pytest.fixture
def desktop(browser, site_url):
    context, page = _new_page(browser, viewport=DESKTOP)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser, site_url):
    """A desktop page for axe: CSP is bypassed so axe's injected script may run."""
    context, page = _new_page(browser, viewport=DESKTOP, bypass_csp=True)
    yield page
    context.close()


@pytest.fixture
def phone_without_js(browser, site_url):
    context, page = _new_page(browser, viewport=PHONE, java_script_enabled=False)
    yield page
    context.close()


def run_axe(page, selector=None):
    """Run axe-core (WCAG 2.0/2.1 A and AA, plus best practices) in the page, or only in the part
    `selector` names; return violations."""
    assert AXE_PATH.exists(), "axe-core missing: run `npm ci` (scripts/test.sh does)"
    page.add_script_tag(path=str(AXE_PATH))
    return page.evaluate(
        """async (selector) => {
            const result = await axe.run(selector || document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations'],
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary),
            }));
        }""",
        selector,
    )


def format_violations(url, violations):
    lines = [f"axe found {len(violations)} violation(s) on {url}:"]
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']}")
        lines += [f"      {node}" for node in v["nodes"]]
    return "\n".join(lines)


def committed(fn):
    """Run `fn` in a thread of its own, with its own database connection, so what it writes is
    committed at once and the live server sees it (the test itself runs inside a transaction that
    is rolled back). Returns what `fn` returns; an exception is raised again in the test."""
    result, errors = [], []

    def run():
        try:
            result.append(fn())
        except Exception as error:  # re-raised in the test's thread
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0] if result else None
