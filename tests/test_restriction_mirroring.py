"""A Danish page's view restrictions reach its English and Arabic versions (aliases and
translations), also when editors change them at the same time in different threads.

The tests only use Wagtail's models and the public site: they run unchanged against the old
mirroring (a module-wide `_mirroring` flag in home/i18n.py, later core/i18n.py), where the threaded
ones fail."""

import threading
import time

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage, HomePage

LOGIN, GROUPS = PageViewRestriction.LOGIN, PageViewRestriction.GROUPS
TIMEOUT = 20  # seconds; only reached when something is broken


# --- helpers ---------------------------------------------------------------------------------


def signature(page_id):
    """A page's own view restrictions, comparable between pages."""
    return sorted(
        (r.restriction_type, r.password, tuple(sorted(g.pk for g in r.groups.all())))
        for r in PageViewRestriction.objects.filter(page_id=page_id).prefetch_related("groups")
    )


def versions(page):
    """{language code: page} for all language versions of `page` (aliases and translations)."""
    group = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    return {p.locale.language_code: p for p in group}


def new_danish_page(slug, title="Intern side"):
    """A published Danish page with its English and Arabic aliases."""
    from core.i18n import ensure_locale_sync

    page = ContentPage(title=title, slug=slug, body="<p>Kun for personale.</p>")
    HomePage.objects.get(locale__language_code="da", depth=2).add_child(instance=page)
    page.save_revision().publish()
    ensure_locale_sync()  # pages made outside the admin get their aliases here
    found = versions(page)
    assert set(found) == {"da", "en", "ar"} and found["en"].alias_of_id == page.pk
    return page


def translated_danish_page():
    """A Danish page of the demo site with real (not alias) English and Arabic translations and no
    restriction of its own."""
    for page in Page.objects.filter(locale__language_code="da", alias_of__isnull=True, depth__gt=2):
        found = versions(page)
        real = [found.get(code) for code in ("en", "ar")]
        if all(p is not None and p.alias_of_id is None and p.live for p in real) and not signature(page.pk):
            return page
    pytest.fail("the demo site has no page translated into both English and Arabic")


def assert_mirrored(page):
    """Every language version carries exactly the Danish page's restrictions."""
    expected = signature(page.pk)
    for code, version in versions(page).items():
        assert signature(version.pk) == expected, f"{code}: {version.url_path}"


# --- behaviour (each test rolled back) -------------------------------------------------------


@pytest.mark.django_db
def test_restriction_with_groups_reaches_every_language(client, demo):
    page = new_danish_page("intern-grupper")
    staff, police = Group.objects.create(name="Personale (test)"), Group.objects.create(name="Politi (test)")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=GROUPS)
    restriction.groups.set([staff, police])  # m2m_changed comes after post_save: the copies follow
    expected = [(GROUPS, "", tuple(sorted([staff.pk, police.pk])))]
    for code, version in versions(page).items():
        assert signature(version.pk) == expected, code
        response = client.get(f"/{code}/intern-grupper/")
        assert response.status_code == 302 and "/log-ind/" in response["Location"], code
        assert "Kun for personale" not in response.content.decode()


@pytest.mark.django_db
def test_restriction_reaches_real_translations(client, demo):
    page = translated_danish_page()
    staff = Group.objects.create(name="Personale (test)")
    PageViewRestriction.objects.create(page=page, restriction_type=GROUPS).groups.set([staff])
    assert signature(page.pk) == [(GROUPS, "", (staff.pk,))]
    assert_mirrored(page)
    for version in versions(page).values():
        assert client.get(version.url).status_code == 302, version.url


@pytest.mark.django_db
def test_changed_groups_and_type_follow(demo):
    page = new_danish_page("intern-aendres")
    first, second, third = (Group.objects.create(name=f"Gruppe {n} (test)") for n in (1, 2, 3))
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=GROUPS)
    restriction.groups.set([first])
    assert_mirrored(page)
    restriction.groups.set([second, third])
    assert signature(page.pk) == [(GROUPS, "", tuple(sorted([second.pk, third.pk])))]
    assert_mirrored(page)
    restriction.groups.remove(third)
    assert_mirrored(page)
    restriction.groups.clear()
    assert_mirrored(page)
    # From the group's side too (the m2m signal then names the group, not the restriction).
    first.pageviewrestriction_set.add(restriction)
    assert signature(page.pk) == [(GROUPS, "", (first.pk,))]
    assert_mirrored(page)
    restriction.restriction_type, restriction.password = PageViewRestriction.PASSWORD, "hemmelig"
    restriction.save()
    restriction.groups.clear()
    assert signature(page.pk) == [(PageViewRestriction.PASSWORD, "hemmelig", ())]
    assert_mirrored(page)


@pytest.mark.django_db
def test_removed_restriction_is_removed_everywhere(client, demo):
    page = new_danish_page("intern-fjernes")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=GROUPS)
    restriction.groups.set([Group.objects.create(name="Personale (test)")])
    assert client.get("/en/intern-fjernes/").status_code == 302
    restriction.delete()
    for code, version in versions(page).items():
        assert signature(version.pk) == [], code
        assert client.get(f"/{code}/intern-fjernes/").status_code == 200, code
    # and with a queryset delete
    PageViewRestriction.objects.create(page=page, restriction_type=LOGIN)
    assert client.get("/ar/intern-fjernes/").status_code == 302
    PageViewRestriction.objects.filter(page=page).delete()
    for version in versions(page).values():
        assert signature(version.pk) == []


@pytest.mark.django_db
def test_an_english_page_never_changes_the_danish_one(demo):
    page = translated_danish_page()
    found = versions(page)
    english, arabic = found["en"], found["ar"]
    own = PageViewRestriction.objects.create(page=english, restriction_type=GROUPS)
    own.groups.set([Group.objects.create(name="Engelsk redaktion (test)")])
    assert signature(page.pk) == [] and signature(arabic.pk) == []  # nothing pushed back or across
    own.delete()
    # The Danish restriction reaches English; English removing its copy leaves Danish alone.
    PageViewRestriction.objects.create(page=page, restriction_type=LOGIN)
    assert signature(english.pk) == [(LOGIN, "", ())]
    PageViewRestriction.objects.filter(page=english).delete()
    assert signature(page.pk) == [(LOGIN, "", ())] and signature(arabic.pk) == [(LOGIN, "", ())]


@pytest.mark.django_db
def test_deleting_the_danish_page_keeps_its_former_aliases_restricted(client, demo):
    """Aliases outlive their source as ordinary, unpublished pages (alias_of is SET_NULL) with the
    Danish text: the restrictions deleted along with the Danish page must not be taken off them,
    or publishing one of them again would make the text public."""
    page = new_danish_page("intern-slettes")
    PageViewRestriction.objects.create(page=page, restriction_type=LOGIN)
    others = [p for code, p in versions(page).items() if code != "da"]
    Page.objects.get(pk=page.pk).delete()
    for other in others:
        other.refresh_from_db()
        assert other.alias_of_id is None
        assert signature(other.pk) == [(LOGIN, "", ())]
        other.specific.save_revision().publish()
        response = client.get(other.url)
        assert response.status_code == 302 and "Kun for personale" not in response.content.decode()


# --- two editors at the same time (real threads, committed data) ------------------------------
# Each thread works on its own database connection and commits, as gunicorn's threaded workers do,
# so these tests cannot run inside the usual rolled-back test transaction. Nor with pytest-django's
# transaction=True: it truncates every table afterwards, and the demo site (with the reference data
# its migrations made) cannot be rebuilt in an emptied database. So they commit to the session's
# database and delete what they made when they end.


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """Database access outside any test transaction: what the test writes is committed and seen by
    other threads. Pages listed in `made` (with all their language versions) and groups are deleted
    at the end."""
    made = []
    with django_db_blocker.unblock():
        groups_before = set(Group.objects.values_list("pk", flat=True))
        try:
            yield made
        finally:
            for page in made:
                for version in Page.objects.filter(translation_key=page.translation_key).order_by("-depth"):
                    version.delete()
            Group.objects.exclude(pk__in=groups_before).delete()


class Editor(threading.Thread):
    """One editor's request: `work` runs in its own thread on its own database connection, which
    is closed at the end (as a worker thread's would be)."""

    def __init__(self, work):
        super().__init__(daemon=True)
        self.work, self.error = work, None

    def run(self):
        try:
            self.work()
        except BaseException as exc:  # reported by finish()
            self.error = exc
        finally:
            connection.close()

    def finish(self):
        self.join(TIMEOUT)
        assert not self.is_alive(), "editor thread hangs"
        if self.error is not None:
            raise self.error


class HoldOpen:
    """Stops the first thread whose signal handler writes a restriction of one of `page_ids`, right
    there (that is, in the middle of mirroring), until released."""

    def __init__(self, signal, page_ids):
        self.signal, self.page_ids = signal, set(page_ids)
        self.reached, self.released = threading.Event(), threading.Event()

    def receiver(self, sender, instance, **kwargs):
        if instance.page_id in self.page_ids and not self.reached.is_set():
            self.reached.set()
            self.released.wait(TIMEOUT)

    def __enter__(self):
        self.signal.connect(self.receiver, sender=PageViewRestriction, weak=False, dispatch_uid=id(self))
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.signal.disconnect(sender=PageViewRestriction, dispatch_uid=id(self))


def wait_until_blocked_or_done(thread):
    """Until `thread` has finished or another connection waits for a lock (the thread's)."""
    deadline = time.monotonic() + TIMEOUT
    while thread.is_alive() and time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0]:
                return "blocked"
        time.sleep(0.05)
    return "done" if not thread.is_alive() else "timeout"


def test_two_editors_restricting_two_pages_at_once(committed, client):
    """While one editor's change is being mirrored, another editor restricts another page. (The old
    module-wide flag made the second thread skip its mirror: the English and Arabic versions of
    the second page stayed public.)"""
    first, second = new_danish_page("intern-a", "Intern A"), new_danish_page("intern-b", "Intern B")
    committed.extend([first, second])
    copies_of_first = [p.pk for code, p in versions(first).items() if code != "da"]

    def restrict(page):
        def work():
            with transaction.atomic():
                PageViewRestriction.objects.create(page_id=page.pk, restriction_type=LOGIN)
        return work

    with HoldOpen(post_save, copies_of_first) as hold:
        editor_a = Editor(restrict(first))
        editor_a.start()
        assert hold.reached.wait(TIMEOUT), "the first page was never mirrored"
        editor_b = Editor(restrict(second))
        editor_b.start()
        # Another page's mirror does not wait for the first one.
        assert wait_until_blocked_or_done(editor_b) == "done"
        editor_b.finish()
        hold.released.set()
        editor_a.finish()

    for page in (first, second):
        assert signature(page.pk) == [(LOGIN, "", ())]
        assert_mirrored(page)
        for code in ("da", "en", "ar"):
            assert client.get(f"/{code}/{page.slug}/").status_code == 302, (code, page.slug)


def test_two_editors_changing_the_same_page_at_once(committed, client):
    """One editor takes a page's restriction off while another puts a new one on. The second waits
    for the first; the page and all its versions end up with the new restriction."""
    page = new_danish_page("intern-samme")
    committed.append(page)
    old = PageViewRestriction.objects.create(page=page, restriction_type=LOGIN)
    staff = Group.objects.create(name="Personale (test)")
    copies = [p.pk for code, p in versions(page).items() if code != "da"]
    assert_mirrored(page)

    def remove():
        with transaction.atomic():
            PageViewRestriction.objects.get(pk=old.pk).delete()

    def add():
        with transaction.atomic():
            restriction = PageViewRestriction.objects.create(page_id=page.pk, restriction_type=GROUPS)
            restriction.groups.set([staff])

    with HoldOpen(post_delete, copies) as hold:
        remover = Editor(remove)
        remover.start()
        assert hold.reached.wait(TIMEOUT), "the removal was never mirrored"
        adder = Editor(add)
        adder.start()
        state = wait_until_blocked_or_done(adder)  # "blocked": it waits for the remover's lock
        hold.released.set()
        remover.finish()
        adder.finish()

    assert signature(page.pk) == [(GROUPS, "", (staff.pk,))]
    assert_mirrored(page)
    for code in ("da", "en", "ar"):
        assert client.get(f"/{code}/intern-samme/").status_code == 302, code
    assert state == "blocked"


def test_new_language_versions_made_during_a_restriction_change(committed, client):
    """An editor restricts a new Danish page while its English and Arabic aliases are being made
    (e.g. by the tree synchronisation). The aliases must not miss the restriction."""
    from core.i18n import ensure_locale_sync

    page = ContentPage(title="Ny intern side", slug="ny-intern", body="<p>Kun for personale.</p>")
    HomePage.objects.get(locale__language_code="da", depth=2).add_child(instance=page)
    page.save_revision().publish()
    committed.append(page)
    assert set(versions(page)) == {"da"}
    restricting, release = threading.Event(), threading.Event()

    def restrict():
        with transaction.atomic():
            PageViewRestriction.objects.create(page_id=page.pk, restriction_type=LOGIN)
            restricting.set()
            release.wait(TIMEOUT)

    editor = Editor(restrict)
    sync = Editor(ensure_locale_sync)
    try:
        editor.start()
        assert restricting.wait(TIMEOUT)
        sync.start()
        wait_until_blocked_or_done(sync)
    finally:
        release.set()
    editor.finish()
    sync.finish()

    assert set(versions(page)) == {"da", "en", "ar"}
    assert signature(page.pk) == [(LOGIN, "", ())]
    assert_mirrored(page)
    for code in ("en", "ar"):
        assert client.get(f"/{code}/ny-intern/").status_code == 302, code
