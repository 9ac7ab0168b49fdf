"""Danish, English and Arabic: routing, hreflang, right-to-left, synchronised trees, offline
translation by PO file, and the notice on untranslated pages."""

import datetime as dt
import re

import polib
import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

from contacts import hours
from contacts.models import ContactPoint
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "x" * 16)
    client.force_login(user)
    return client


def danish_home():
    return HomePage.objects.get(locale__language_code="da", depth=2)


def create_in_admin(client, parent, title, slug, body="<p>Tekst</p>", publish=False):
    """Create a ContentPage through the admin, as an editor does (this fires wagtail-localize's
    after_create_page hook that makes the aliases)."""
    url = reverse("wagtailadmin_pages:add", args=("home", "contentpage", parent.id))
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    contentstate = ContentstateConverter(features=["bold", "italic", "link"]).from_database_format(body)
    data = {"title": title, "slug": slug, "summary": "", "body": contentstate}
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ContentPage.objects.get(locale=parent.locale, slug=slug)


def main_tag(html):
    return re.search(r"<main[^>]*>", html).group(0)


# --- routing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "accept, expected",
    [("en-GB,en;q=0.9", "/en/"), ("ar", "/ar/"), ("da-DK", "/da/"), ("fr-FR,fr", "/da/"), ("", "/da/")],
)
def test_root_redirects_by_accept_language(client, demo, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept) if accept else client.get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


def test_each_language_has_its_home_and_unprefixed_paths_get_a_prefix(client, demo):
    for code in ("da", "en", "ar"):
        assert client.get(f"/{code}/").status_code == 200
    # A path without a language prefix is sent to the reader's language; unknown ones end in a 404.
    response = client.get("/kontakt/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 302 and response["Location"] == "/ar/kontakt/"
    assert client.get("/de/", follow=True).status_code == 404


def test_html_lang_and_direction(client, demo):
    ar = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in ar
    en = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in en
    assert '<html lang="da" dir="ltr">' in client.get("/da/").content.decode()


def test_home_pages_are_real_translations(client, demo):
    for code, heading in (("en", "Are you worried about someone?"), ("ar", "هل أنت قلق على شخص ما؟")):
        page = HomePage.objects.get(locale__language_code=code, depth=2)
        assert page.alias_of_id is None and page.live
        html = client.get(f"/{code}/").content.decode()
        assert heading in html
        assert "notice--language" not in html
        assert "lang=" not in main_tag(html)


def test_hreflang_alternates_and_x_default(client, demo):
    html = client.get("/en/").content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert links == {
        "da": "http://localhost/da/",
        "en": "http://localhost/en/",
        "ar": "http://localhost/ar/",
        "x-default": "http://localhost/da/",
    }
    assert '<link rel="canonical" href="http://localhost/en/">' in html


def test_language_switcher_leads_to_the_same_page(client, demo):
    html = client.get("/da/").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/" lang="en"' in nav and 'href="/ar/" lang="ar"' in nav
    # DKFDS marks the current language with aria-current and a check icon before its name.
    assert re.search(r'aria-current="true"><svg class="icon-svg"[^>]*><use href="#check"></use></svg>Dansk</a>', nav)
    assert "language-switcher__note" not in nav


# --- synchronised trees and untranslated pages -----------------------------------------------


def test_new_danish_page_appears_as_untranslated_draft_in_other_locales(editor, demo):
    page = create_in_admin(editor, danish_home(), "Ny side om trivsel", "ny-side-om-trivsel")
    assert not page.live
    for code in ("en", "ar"):
        alias = Page.objects.get(translation_key=page.translation_key, locale__language_code=code)
        assert alias.alias_of_id == page.id
        assert not alias.live  # a draft, like its source
        assert alias.get_parent().specific.locale.language_code == code
    # Publishing the Danish page publishes the aliases with it.
    page.save_revision().publish()
    assert Page.objects.filter(translation_key=page.translation_key, live=True).count() == 3


def test_untranslated_page_is_shown_in_danish_with_notice(editor, demo):
    page = create_in_admin(
        editor, danish_home(), "Kun på dansk", "kun-paa-dansk", body="<p>Denne tekst er dansk.</p>", publish=True
    )
    en = editor.get("/en/kun-paa-dansk/")
    assert en.status_code == 200
    html = en.content.decode()
    assert "Denne tekst er dansk." in html
    assert '<html lang="en" dir="ltr">' in html
    assert main_tag(html) == '<main id="main" tabindex="-1" lang="da" dir="ltr">'
    assert "This page has not been translated yet, so it is shown in Danish." in html
    assert re.search(r'<li class="breadcrumbs__list-item" aria-current="page" lang="da">.*?</svg>Kun på dansk</li>', html)  # breadcrumb

    ar = editor.get("/ar/kun-paa-dansk/").content.decode()
    assert '<html lang="ar" dir="rtl">' in ar
    assert 'lang="da" dir="ltr"' in main_tag(ar)  # Danish text stays left-to-right
    assert "لم تُترجم هذه الصفحة بعد" in ar

    # The alias is not announced as an English version; its canonical URL is the Danish page.
    assert 'hreflang="en"' not in html
    assert '<link rel="canonical" href="http://localhost/da/kun-paa-dansk/">' in html
    # Switcher: Danish leads to the page itself; Arabic has no translation, so its home page, with a note.
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/da/kun-paa-dansk/" lang="da"' in nav
    assert re.search(r'href="/ar/" lang="ar"[^>]*>العربية <span class="language-switcher__note">', nav)

    # And the Danish page's switcher sends English readers to their home page with a note.
    da = editor.get(page.url).content.decode()
    assert re.search(r'href="/en/" lang="en"[^>]*>English <span class="language-switcher__note">'
                     r"\(this page is not translated: go to the home page\)", da)


def test_view_restriction_follows_to_other_languages(client, demo, django_user_model):
    page = ContentPage(title="Intern side", slug="intern-side", body="<p>Kun for personale.</p>")
    danish_home().add_child(instance=page)
    page.save_revision().publish()
    from core.i18n import ensure_locale_sync

    ensure_locale_sync()  # pages made outside the admin get their aliases here
    assert client.get("/en/intern-side/").status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for code in ("da", "en", "ar"):
        response = client.get(f"/{code}/intern-side/")
        assert response.status_code == 302 and "/log-ind/" in response["Location"]
        assert "Kun for personale" not in response.content.decode()
    assert not Page.objects.filter(translation_key=page.translation_key).public().exists()
    PageViewRestriction.objects.filter(page=page).delete()
    assert client.get("/en/intern-side/").status_code == 200


# --- offline translation: the translation editor and PO files --------------------------------


def submit_translation(client, url, locale):
    response = client.post(url, {"locales": [locale.id]})
    assert response.status_code == 302, response.content.decode()[:2000]


def po_round_trip(client, translation, edits):
    """Download the PO file, translate `edits` ({source: translation}) and upload it again."""
    from wagtail_localize.models import Translation

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        if entry.msgid in edits:
            entry.msgstr = edits[entry.msgid]
    assert all(entry.msgstr for entry in po if entry.msgid in edits)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": SimpleUploadedFile("t.po", str(po).encode()), "next": "/admin/"},
    )
    assert upload.status_code == 302
    return Translation.objects.get(id=translation.id)


def test_page_po_round_trip_publishes_the_translation(editor, demo, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation

    page = create_in_admin(
        editor, danish_home(), "Om samarbejde", "om-samarbejde", body="<p>Vi arbejder sammen.</p>", publish=True
    )
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        submit_translation(editor, reverse("wagtail_localize:submit_page_translation", args=[page.id]), en)
    translation_ = Translation.objects.get(source__object_id=page.translation_key, target_locale=en)
    target = translation_.get_target_instance()
    assert target.alias_of_id is None  # the alias became a real (draft) translation

    # A half-translated page says so in the reader's language.
    po_round_trip(editor, translation_, {"Om samarbejde": "About cooperation"})
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("wagtailadmin_pages:edit", args=[target.id]), {"action": "publish"})
    html = editor.get("/en/om-samarbejde/").content.decode()
    assert "About cooperation" in html
    assert "Parts of this page have not been translated yet and are shown in Danish." in html

    po_round_trip(editor, translation_, {"Vi arbejder sammen.": "We work together.", "om-samarbejde": "om-samarbejde"})
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(reverse("wagtailadmin_pages:edit", args=[target.id]), {"action": "publish"})
    assert response.status_code == 302
    html = editor.get("/en/om-samarbejde/").content.decode()
    assert "We work together." in html and "Vi arbejder sammen." not in html
    assert "notice--language" not in html
    assert 'hreflang="en" href="http://localhost/en/om-samarbejde/"' in html


def test_snippet_po_round_trip(editor, demo, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation

    point = ContactPoint(name="Testlinjen", phone="7011 2233", description="Ring hertil ved tvivl.", live=False)
    point.save()
    point.save_revision().publish()
    point.refresh_from_db()
    ar = Locale.objects.get(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        submit_translation(
            editor,
            reverse("wagtail_localize:submit_snippet_translation", args=["contacts", "contactpoint", point.pk]),
            ar,
        )
    translation_ = Translation.objects.get(source__object_id=point.translation_key, target_locale=ar)
    po_round_trip(editor, translation_, {"Testlinjen": "خط الاختبار", "Ring hertil ved tvivl.": "اتصل هنا عند الشك."})
    target = translation_.get_target_instance()
    edit_url = reverse("wagtailsnippets_contacts_contactpoint:edit", args=[target.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(edit_url, {"action": "publish"})
    target = ContactPoint.objects.get(pk=target.pk)
    assert target.live and target.name == "خط الاختبار" and target.description == "اتصل هنا عند الشك."
    assert target.phone == "7011 2233"  # synchronised, not translated


def test_no_machine_translation_service_is_configured(settings):
    assert getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) is None
    assert "wagtail.contrib.simple_translation" not in settings.INSTALLED_APPS


# --- locale formats --------------------------------------------------------------------------


def test_opening_hours_in_the_readers_language(demo):
    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    periods = list(hotline.opening_periods.all())
    expected = {"da": "Alle dage kl. 08.00-22.00", "en": "Daily 08:00-22:00", "ar": "يوميًا من 08:00 إلى 22:00"}
    for code, text in expected.items():
        with translation.override(code):
            assert hours.describe(periods) == text
    with translation.override("en"):
        assert ContactPoint.objects.get(kind=ContactPoint.Kind.EMERGENCY, locale__language_code="en").hours_text == (
            "24 hours a day"
        )


def test_phone_numbers_and_dates_per_locale():
    template = Template("{% load i18n_tags %}{{ phone|phone_display }}|{{ day|date:'DATE_FORMAT' }}")
    context = lambda: Context({"phone": "4174 9090", "day": dt.date(2026, 11, 23)})  # noqa: E731
    with translation.override("da"):
        assert template.render(context()) == "4174 9090|23. november 2026"
    with translation.override("en"):
        assert template.render(context()) == "+45 4174 9090|Nov. 23, 2026"
    with translation.override("ar"):
        phone, date = template.render(context()).split("|")
        assert phone == '<bdi dir="ltr">+45 4174 9090</bdi>'
        assert "نوفمبر" in date and "2026" in date


def test_contact_points_are_translated_in_the_footer(client, demo):
    html = client.get("/en/").content.decode()
    assert "National advice line on extremism" in html and "Daily 08:00-22:00" in html
    ar = client.get("/ar/").content.decode()
    assert "خط الاستشارة الوطني بشأن التطرف" in ar


# --- demo translations -----------------------------------------------------------------------


def test_concern_path_is_translated_to_english_and_arabic(client, demo):
    from wagtail_localize.models import Translation

    en = client.get("/en/bekymret/").content.decode()
    assert "Recognise the signs" in en and "Takes part in violence or violent clashes" in en
    assert "notice--language" not in en and "Genkend tegnene" not in en
    ar = client.get("/ar/bekymret/").content.decode()
    assert '<html lang="ar" dir="rtl">' in ar
    assert "تعرّف على العلامات" in ar and "يشارك في أعمال عنف أو اشتباكات عنيفة" in ar
    assert "notice--language" not in ar
    # Real wagtail-localize translations, editable in the admin.
    page = Page.objects.get(locale__language_code="ar", url_path__endswith="/bekymret/")
    assert page.alias_of_id is None
    assert Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale).exists()


def test_pages_not_in_the_demo_translations_stay_danish_with_notice(client, demo):
    # The guide is not translated into Arabic (demo/content/translations/rules.yaml).
    html = client.get("/ar/viden/").content.decode()
    assert 'lang="da"' in main_tag(html) and 'class="notice notice--language"' in html


def test_restricted_demo_pages_are_restricted_in_every_language(client, demo):
    """Every Danish page with a view restriction (e.g. a staff-only plan) has the same restriction on
    its English and Arabic versions, and none of them reaches an anonymous reader."""
    from core.restrictions import _signature

    restricted = Page.objects.filter(locale__language_code="da", view_restrictions__isnull=False).distinct()
    assert restricted.exists()
    for page in restricted:
        expected = _signature(PageViewRestriction.objects.filter(page=page))
        others = Page.objects.filter(translation_key=page.translation_key).exclude(id=page.id)
        assert others.count() == 2, page
        for other in others:
            assert _signature(PageViewRestriction.objects.filter(page=other)) == expected, other
            assert client.get(other.url).status_code in (302, 401, 403), other.url


def test_footer_phone_numbers_follow_the_locale(client, demo):
    assert '<a class="contact-list__phone" href="tel:+4541749090">4174 9090</a>' in client.get("/da/").content.decode()
    assert 'href="tel:+4541749090">+45 4174 9090</a>' in client.get("/en/").content.decode()
    assert 'href="tel:+4541749090"><bdi dir="ltr">+45 4174 9090</bdi></a>' in client.get("/ar/").content.decode()


def test_interface_catalogs_are_complete_and_compiled():
    """Every interface string has an English and an Arabic translation, and the committed .mo
    files are compiled from the current .po files."""
    from django.conf import settings

    for code in ("en", "ar"):
        folder = settings.LOCALE_PATHS[0] / code / "LC_MESSAGES"
        po = polib.pofile(str(folder / "django.po"))
        assert not po.untranslated_entries() and not po.fuzzy_entries(), code
        mo = {
            (e.msgctxt, e.msgid, e.msgid_plural): (e.msgstr, e.msgstr_plural)
            for e in polib.mofile(str(folder / "django.mo"))
        }
        for entry in po.translated_entries():
            key = (entry.msgctxt, entry.msgid, entry.msgid_plural)  # the same msgid may come in several contexts
            assert mo.get(key) == (entry.msgstr, entry.msgstr_plural), entry.msgid


# --- the templates' own texts ----------------------------------------------------------------

# Pages of every kind whose templates carry interface text (labels, headings, table heads).
INTERFACE_PAGES = {
    "chapter": "vejledning/kommunens-fundament/",
    "guide_index": "vejledning/",
    "signs": "bekymringstegn/",
    "plan_index": "handlingsplaner/",
    "overview": "handlingsplaner/overblik/",
    "plan": "handlingsplaner/odense/",
}
# (page, text in the reader's language, the Danish text it replaces)
INTERFACE_TEXTS = {
    "en": [
        ("chapter", '<span class="pager__label">Previous</span>', '<span class="pager__label">Forrige</span>'),
        ("chapter", '<span class="pager__label">Next</span>', '<span class="pager__label">Næste</span>'),
        ("chapter", 'aria-label="Previous and next"', 'aria-label="Forrige og næste"'),
        ("chapter", ">Sections in this chapter</h2>", ">Afsnit i dette kapitel</h2>"),
        ("guide_index", ">Chapters of the guide</h2>", ">Vejledningens kapitler</h2>"),
        ("signs", ">The signs are not a checklist</h2>", ">Tegnene er ikke en tjekliste</h2>"),
        ("signs", ">Serious signs – seek advice at once</h3>", ">Alvorlige tegn"),
        ("signs", ">The person&#x27;s behaviour</h2>", ">Personens adfærd</h2>"),
        ("plan_index", '<label class="form-label" for="filter-district">Police district</label>', '>Politikreds</label>'),
        ("plan_index", ">All police districts</option>", ">Alle politikredse</option>"),
        ("plan_index", "All 98 municipalities.", "Alle 98 kommuner."),
        ("plan_index", ">Public plan</span>", ">Offentlig plan</span>"),
        ("overview", ">Status right now</h2>", ">Status lige nu</h2>"),
        ("overview", "have a published action plan against extremism.", "har en offentliggjort handlingsplan"),
        ("overview", ">About the figures</h2>", ">Om tallene</h2>"),
        ("overview", ">Denmark&#x27;s municipalities by plan status</title>", ">Danmarks kommuner efter planstatus</title>"),
        ("plan", ">Download the plan as PDF</a>", ">Hent planen som PDF</a>"),
        ("plan", ">Interventions aimed at the citizen</h3>", ">Indsatser rettet mod borgeren</h3>"),
        ("plan", ">Are you worried about someone?</h2>", ">Er du bekymret for en person?</h2>"),
    ],
    "ar": [
        ("chapter", '<span class="pager__label">السابق</span>', '<span class="pager__label">Forrige</span>'),
        ("chapter", '<span class="pager__label">التالي</span>', '<span class="pager__label">Næste</span>'),
        ("chapter", ">أقسام هذا الفصل</h2>", ">Afsnit i dette kapitel</h2>"),
        ("guide_index", ">فصول الدليل</h2>", ">Vejledningens kapitler</h2>"),
        ("signs", ">العلامات ليست قائمة تحقق</h2>", ">Tegnene er ikke en tjekliste</h2>"),
        ("signs", ">سلوك الشخص</h2>", ">Personens adfærd</h2>"),
        ("plan_index", '<label class="form-label" for="filter-district">دائرة الشرطة</label>', '>Politikreds</label>'),
        ("plan_index", "جميع البلديات، وعددها 98.", "Alle 98 kommuner."),
        ("overview", ">الوضع الحالي</h2>", ">Status lige nu</h2>"),
        ("overview", ">عن الأرقام</h2>", ">Om tallene</h2>"),
        ("plan", ">تنزيل الخطة بصيغة PDF</a>", ">Hent planen som PDF</a>"),
    ],
}
SITE_NAMES = {"da": "Forebyggelse af ekstremisme", "en": "Preventing extremism", "ar": "الوقاية من التطرف"}


@pytest.mark.parametrize("code", ["en", "ar"])
def test_interface_texts_are_in_the_readers_language(client, demo, code):
    pages = {}
    for key, path in INTERFACE_PAGES.items():
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, path
        pages[key] = response.content.decode()
    for key, translated, danish in INTERFACE_TEXTS[code]:
        assert translated in pages[key], (key, translated)
        assert danish not in pages[key], (key, danish)


@pytest.mark.parametrize("code", ["da", "en", "ar"])
def test_page_titles_and_header_carry_the_site_name_in_the_readers_language(client, demo, code):
    name = SITE_NAMES[code]
    for path in ["", *INTERFACE_PAGES.values(), "bekymret/"]:
        html = client.get(f"/{code}/{path}").content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.endswith(f" | {name}"), (path, title)
        assert re.search(rf'class="site-header__brand"[^>]*>.*?<span>{name}</span></a>', html, re.S), path
        if code != "da":
            assert SITE_NAMES["da"] not in title


def test_error_page_follows_the_readers_language():
    from django.template.loader import get_template

    with translation.override("ar"):
        html = get_template("500.html").render({})
    assert '<html lang="ar" dir="rtl">' in html
    assert "الوقاية من التطرف" in html and 'href="/ar/bekymret/"' in html
    assert 'href="tel:112">112</a>' in html and "4174 9090" in html


def test_home_page_call_links_use_the_readers_number_format(client, demo):
    import re

    links = {}
    for language in ("da", "en", "ar"):
        html = client.get(f"/{language}/").content.decode()
        links[language] = re.findall(r'class="home-contacts__phone-link"[^>]*>(.*?)</a>', html, re.S)
    assert "Ring 4174 9090" in links["da"]
    assert "Call +45 4174 9090" in links["en"]
    assert any('<bdi dir="ltr">+45 4174 9090</bdi>' in link for link in links["ar"])  # stays left-to-right


def test_language_switcher_on_the_search_page_keeps_the_query(client, demo):
    import re

    html = client.get("/da/soeg/?q=radikalisering").content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/search/?q=radikalisering"' in nav
    assert 'href="/ar/bahth/?q=radikalisering"' in nav


def test_list_items_inside_blocks_are_translated(client, demo):
    """The steps on the signs page are list items inside a block: wagtail-localize offers them for
    translation only when they are stored in Wagtail's block format (the demo loader does that)."""
    arabic = client.get("/ar/bekymringstegn/").content.decode()
    english = client.get("/en/bekymringstegn/").content.decode()
    assert "دوّن ما رأيته وسمعته" in arabic and "Skriv ned, hvad du har set og hørt" not in arabic
    assert "Write down what you have seen and heard" in english
