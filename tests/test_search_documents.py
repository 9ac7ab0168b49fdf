"""Uploaded documents are searchable by their content (issue 16, part 3): real PDF, Word and ODT
files uploaded through the admin, bad files kept with a note, and documents in a restricted
collection reaching nobody outside it by any route."""

import io
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from search import extraction, service
from search.access import CENTRE_EDITORS_GROUP, Viewer
from search.models import DocumentText, SearchDocument, VocabularyWord
from search.query import SearchRequest
from tests import document_files as files

pytestmark = pytest.mark.django_db
Document = get_document_model()
SECRET = "hemmeligtzulu"


@pytest.fixture(autouse=True)
def _media_and_limits(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.OPS_RATELIMIT_ENABLED = False


@pytest.fixture
def admin_client():
    client = Client()
    client.force_login(get_user_model().objects.create_user("docadmin", password="x" * 16, is_superuser=True))
    return client


def collection(name):
    return Collection.get_first_root_node().add_child(instance=Collection(name=name))


def upload(client, title, name, data, coll=None):
    coll = coll or Collection.get_first_root_node()
    response = client.post("/admin/documents/add/", {"title": title, "collection": coll.id,
                                                     "file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Document.objects.get(title=title)


def search(q, viewer=None, **kw):
    return service.search(SearchRequest(q=q, language="da", **kw), viewer or Viewer.anonymous())


def test_pdf_word_and_odt_are_found_by_their_content(admin_client, client):
    pdf = upload(admin_client, "Byrådets beslutning", "beslutning.pdf",
                 files.pdf(["Forside", "Byraadet vedtog kvartsmorgen som princip for samarbejdet"]))
    word = upload(admin_client, "Gammel handlingsplan", "plan.docx",
                  files.word(["Indledning om planen."], table=[["Aktør", "Opgave"], ["SSP", "tabelmelon"]]))
    odt = upload(admin_client, "Referat", "referat.odt", files.odt("Referat af mødet", ["Drøftet: odtpapaja."]))

    for word_in_file, document, kind in [("kvartsmorgen", pdf, "PDF"), ("tabelmelon", word, "Word"),
                                         ("odtpapaja", odt, "ODT")]:
        results = search(word_in_file).results
        assert [r.title for r in results] == [document.title]
        assert results[0].url == document.url and results[0].doc_type == "document"
        assert results[0].file_type == kind and results[0].file_size == document.file_size > 0
        assert word_in_file in results[0].snippet_html

    # The page shows type, size and link; the JSON API carries them too.
    html = client.get("/da/soeg/", {"q": "kvartsmorgen"}).content.decode()
    assert f'href="{pdf.url}"' in html and "Dokument · PDF, " in html and "<mark>kvartsmorgen</mark>" in html
    data = client.get("/api/search/", {"q": "tabelmelon", "lang": "da"}).json()
    assert data["results"][0]["file_type"] == "Word" and data["results"][0]["url"] == word.url
    # The file link works for a reader.
    assert client.get(pdf.url).status_code == 200


def test_title_and_collection_are_searched_too(admin_client):
    coll = collection("Bilag fra kommunalbestyrelsen")
    upload(admin_client, "Tillæg om radikaliseringsforebyggelse", "tillaeg.pdf", files.pdf(["indhold"]), coll)
    assert search("radikaliseringsforebyggelse").results[0].title == "Tillæg om radikaliseringsforebyggelse"
    assert search("kommunalbestyrelsen bilag").results[0].title == "Tillæg om radikaliseringsforebyggelse"


def test_replacing_the_file_replaces_the_text(admin_client):
    document = upload(admin_client, "Skiftende fil", "fil.pdf", files.pdf(["gammelbanan"]))
    assert search("gammelbanan").total == 1
    response = admin_client.post(f"/admin/documents/edit/{document.pk}/", {
        "title": "Skiftende fil", "collection": document.collection_id,
        "file": SimpleUploadedFile("ny.docx", files.word(["nyananas"]))})
    assert response.status_code == 302
    assert search("gammelbanan").total == 0
    result = search("nyananas").results[0]
    assert result.title == "Skiftende fil" and result.file_type == "Word"


@pytest.mark.parametrize("name,data,note", [
    ("krypteret.pdf", files.encrypted_pdf("krypteretkiwi"), extraction.NOTE_ENCRYPTED),
    ("scannet.pdf", files.pdf(["", ""]), extraction.NOTE_NO_TEXT),
    ("beskadiget.pdf", b"%PDF-1.7\n1 0 obj<</Length 99999>>stream\n\x00\x01garbage", extraction.NOTE_UNREADABLE),
    ("beskadiget.docx", files.broken_word(), extraction.NOTE_UNREADABLE),
])
def test_bad_files_are_stored_and_titled_with_a_note(admin_client, name, data, note):
    document = upload(admin_client, f"Fil {name} uden tekst", name, data)
    stored = DocumentText.objects.get(document=document)
    assert stored.note == note and stored.text == ""
    assert document.file.size == len(data)  # the file itself is kept as uploaded
    assert search(f"Fil {name.split('.')[0]}").results[0].title == document.title
    assert "krypteretkiwi" not in SearchDocument.objects.get(key=f"document:{document.pk}").body
    # The editor reads why beside the file field of the document's edit page.
    html = admin_client.get(f"/admin/documents/edit/{document.pk}/").content.decode()
    assert f"Søgning: {note}" in html


def test_the_edit_page_says_what_search_read_in_the_editors_language(admin_client):
    from wagtail.users.models import UserProfile

    good = upload(admin_client, "Læsbar fil", "laesbar.pdf", files.pdf(["første side", "anden side"]))
    assert "Søgning: Filens tekst kan søges (2 sider)." in admin_client.get(
        f"/admin/documents/edit/{good.pk}/").content.decode()
    scanned = upload(admin_client, "Scannet fil", "scannet.pdf", files.pdf(["", ""]))

    english = get_user_model().objects.create_user("docadmin_en", password="x" * 16, is_superuser=True)
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(english)
    assert "Search: the file's text can be searched (2 pages)." in unescape(client.get(
        f"/admin/documents/edit/{good.pk}/").content.decode())
    html = client.get(f"/admin/documents/edit/{scanned.pk}/").content.decode()
    assert "Search: the file has no text that can be read (for example a scanned PDF)" in html


def test_extraction_is_capped_by_pages_characters_and_time():
    many_pages = files.pdf([f"side{n}" for n in range(30)])
    result = extraction.extract(many_pages, "pdf", max_pages=5)
    assert result.text.split() == ["side0", "side1", "side2", "side3", "side4"]
    assert result.pages == 30 and "de første 5 af 30 sider" in result.note
    long_word = files.word(["ord " * 200] * 50)
    result = extraction.extract(long_word, "docx", max_chars=1000)
    assert len(result.text) <= 1000 and "1.000 tegn" in result.note
    result = extraction.extract(long_word, "docx", max_seconds=0)
    assert "tidsgrænsen" in result.note and len(result.text) < 1000
    huge = b"%PDF-1.7\n" + b"0" * (extraction.MAX_BYTES + 1)
    assert extraction.extract(huge, "pdf").note == extraction.NOTE_TOO_LARGE
    assert extraction.extract(b"a,b", "xlsx").note == extraction.NOTE_UNSUPPORTED


# --- privacy ---------------------------------------------------------------------------------

def user(name, *groups, superuser=False):
    u = get_user_model().objects.create_user(username=name, password="x" * 16, is_superuser=superuser)
    u.groups.set(groups)
    return u


@pytest.fixture
def restricted(admin_client):
    staff = Group.objects.create(name="Aarhus: medarbejdere (dokumenttest)")
    other = Group.objects.create(name="Odense: medarbejdere (dokumenttest)")
    coll = collection("Aarhus Kommune (intern)")
    restriction = CollectionViewRestriction.objects.create(collection=coll,
                                                           restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.set([staff])
    sub = coll.add_child(instance=Collection(name="Underbilag"))
    secret = upload(admin_client, f"Intern {SECRET}-notat", "intern.pdf",
                    files.pdf([f"Fortroligt: {SECRET} og internkiwi"]), coll)
    nested = upload(admin_client, "Underbilag internt", "under.docx", files.word([f"{SECRET} i underbilag"]), sub)
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "blue").save(buffer, "PNG")
    image = Image.objects.create(title=f"Billede {SECRET}", collection=coll,
                                 file=SimpleUploadedFile("intern.png", buffer.getvalue()))
    public = upload(admin_client, "Offentligt notat", "offentligt.pdf", files.pdf(["offentligkiwi"]))
    return {"secret": secret, "nested": nested, "image": image, "public": public,
            "anonymous": None, "other_staff": user("odense-doc", other), "plain_user": user("plain-doc"),
            "staff": user("aarhus-doc", staff), "centre": user("centre-doc", Group.objects.get_or_create(
                name=CENTRE_EDITORS_GROUP)[0]), "admin": user("admin-doc", superuser=True)}


def client_for(u):
    c = Client()
    if u is not None:
        c.force_login(u)
    return c


@pytest.mark.parametrize("who", ["anonymous", "other_staff", "plain_user"])
def test_outsiders_never_reach_a_restricted_collections_documents(restricted, who):
    u = restricted[who]
    viewer = Viewer.for_user(u) if u else Viewer.anonymous()
    c = client_for(u)
    secret, nested = restricted["secret"], restricted["nested"]
    # Results, counts and facets, in the service and on every search route.
    for q in (SECRET, "internkiwi", f"Intern {SECRET}-notat", "Underbilag internt"):
        response = search(q, viewer)
        assert not {r.url for r in response.results} & {secret.url, nested.url}
        page = c.get("/da/soeg/", {"q": q}).content.decode()
        assert "Fortroligt" not in page and "intern.pdf" not in page and "under.docx" not in page
        assert secret.url not in page and nested.url not in page
        data = c.get("/api/search/", {"q": q, "lang": "da"}).json()
        assert not {r["url"] for r in data["results"]} & {secret.url, nested.url}
    # The secret word alone: nothing, no count, no facet value, no correction.
    response = search(SECRET, viewer)
    assert response.total == 0 and not any(response.facets.values())
    assert SECRET not in response.suggestion
    # Filtering by the type does not reveal it either.
    assert search(SECRET, viewer, doc_type="document").total == 0
    # Suggestions: its words are not in the did-you-mean vocabulary, autocomplete does not offer it.
    assert not VocabularyWord.objects.filter(word__in=[SECRET.lower(), "internkiwi"]).exists()
    assert search("internkiwl", viewer).suggestion != "internkiwi"
    completions = c.get("/api/search/autocomplete/", {"q": "Intern", "lang": "da"}).json()["suggestions"]
    assert not any(SECRET in str(s) for s in completions)
    # Wagtail's API: not listed, not found, not searchable; the same for images.
    listing = c.get("/api/v2/documents/", {"limit": 50}).json()
    assert {d["id"] for d in listing["items"]} == {restricted["public"].id}
    for document in (secret, nested):
        response = c.get(f"/api/v2/documents/{document.id}/", follow=True)
        assert response.status_code == 404 and document.title not in response.content.decode()
    assert c.get(f"/api/v2/documents/{restricted['public'].id}/").json()["title"] == "Offentligt notat"
    assert c.get("/api/v2/documents/", {"search": SECRET}).json()["items"] == []
    assert restricted["image"].id not in {i["id"] for i in c.get("/api/v2/images/").json()["items"]}
    response = c.get(f"/api/v2/images/{restricted['image'].id}/", follow=True)
    assert response.status_code == 404 and SECRET not in response.content.decode()
    # The file itself: Wagtail's serve view refuses (login or 403), never the file's bytes.
    for document in (secret, nested):
        response = c.get(document.url)
        assert response.status_code in (302, 403)
        assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))


@pytest.mark.parametrize("who", ["staff", "centre", "admin"])
def test_insiders_find_them(restricted, who):
    viewer = Viewer.for_user(restricted[who])
    titles = {r.title for r in search(SECRET, viewer).results}
    assert titles == {restricted["secret"].title, restricted["nested"].title}


def test_the_file_goes_through_the_serve_view_and_is_never_cached_for_sharing(restricted, settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    response = client_for(restricted["staff"]).get(restricted["secret"].url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    public = Client().get(restricted["public"].url)
    assert public.status_code == 200 and "no-store" not in public.get("Cache-Control", "")


def test_a_restriction_added_later_hides_documents_already_indexed(admin_client):
    coll = collection("Bliver intern")
    document = upload(admin_client, "Senere internt", "senere.pdf", files.pdf(["senerefigen"]), coll)
    assert search("senerefigen").total == 1
    staff = Group.objects.create(name="Senere: medarbejdere")
    restriction = CollectionViewRestriction.objects.create(collection=coll,
                                                           restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.set([staff])
    assert search("senerefigen").total == 0
    assert search("senerefigen", Viewer.for_user(user("senere", staff))).total == 1
    # Moved out again into a public collection: found again; deleted: gone for everyone.
    admin_client.post(f"/admin/documents/edit/{document.pk}/", {"title": "Senere internt",
                                                                "collection": Collection.get_first_root_node().id})
    assert search("senerefigen").total == 1
    document.delete()
    assert search("senerefigen", Viewer(editor=True)).total == 0


def test_reindex_includes_documents(admin_client):
    from search.documents import rebuild

    upload(admin_client, "Genopbygget", "genopbygget.odt", files.odt("Titel", ["genopbygningsmango"]))
    rebuild()
    assert search("genopbygningsmango").total == 1
