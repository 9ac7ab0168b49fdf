"""Word import and export of plans (plans/word/): documents in several shapes, bad input, the admin
flow, the management command, access to the export, and the round trip export -> import."""

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, PageViewRestriction

from guidance.models import TextBlock
from places.models import Municipality
from plans.models import PlanPage
from plans.word import views as word_views
from plans.word.apply import existing_plan, fill_plan, save_import
from plans.word.export import render_plan_docx
from plans.word.mapping import block_units, map_document
from plans.word.safety import WordFileError
from tests import word_docs

pytestmark = pytest.mark.django_db


def municipality(slug):
    return Municipality.objects.select_related("police_district").get(slug=slug)


def plan(slug):
    return PlanPage.objects.get(locale__language_code="da", slug=slug)


def member(role, slug):
    user = get_user_model().objects.create_user(f"{role}-{slug}", password="x" * 16)
    user.groups.add(getattr(Municipality.objects.get(slug=slug), f"{role}_group"))
    return user


def landing(result) -> dict:
    """{heading in the document: (where it landed, how)}."""
    return {part.heading: (part.key, part.how) for part in result.parts if part.heading}


def stream_text(stream) -> list:
    """A StreamField as comparable data: (type, text or text block id or goal)."""
    from django.utils.html import strip_tags

    items = []
    for child in stream:
        if child.block_type == "text_block":
            items.append(("text_block", child.value.pk))
        elif child.block_type == "paragraph":
            items.append(("paragraph", " ".join(strip_tags(child.value.source.replace("<", " <")).split())))
        elif child.block_type == "goal":
            items.append(("goal", child.value["title"], child.value["description"]))
        elif child.block_type == "step":
            items.append(("step", child.value["phase"], child.value["title"],
                          " ".join(strip_tags(child.value["description"].source.replace("<", " <")).split()),
                          child.value["responsible"], child.value["timeframe"]))
        else:
            items.append((child.block_type,))
    return items


# --- shapes of documents ----------------------------------------------------------------------------


def test_heading_styles_synonyms_goals_table_appendix_image(demo):
    result = map_document(word_docs.styled_plan(), municipality("aarhus"))
    where = landing(result)
    assert where["1.1 Formål"] == ("vision", "ordlyd")
    assert where["1.2 Målsætninger"] == ("goals", "ordlyd")
    assert where["4.4 Presse og medier"] == ("press", "ordlyd")
    assert where["Bilag 1: Kontaktliste"] == ("other", "bilag")
    assert result.title == "Beredskabsplan mod ekstremisme 2025"
    assert [g["title"] for g in result.goals] == word_docs.GOALS
    assert str(result.fields["political_approval_date"]) == "2025-02-03"
    assert str(result.fields["last_revised"]) == "2025-01-15"
    assert result.fields["responsibility_political"] == "Børne- og Ungeudvalget"
    streams = result.streams()
    assert word_docs.PRESS_TEXT in streams["press"][0][1]
    assert word_docs.APPENDIX_TEXT in "".join(v for k, v in streams["other_content"] if k == "paragraph")
    # The picture stays in its section.
    assert [k for k, _v in streams["organisation"]] == ["paragraph", "image"]
    # Shuffled columns; level and target from Danish words; the unknown level left for the editor.
    by_title = {item["title"]: item for item in result.interventions}
    assert (by_title["Mentorforløb"]["level"], by_title["Mentorforløb"]["aimed_at"]) == ("foregribende", "citizen")
    assert by_title["Mentorforløb"]["target_group"] == "Unge 15-25 år"
    assert (by_title["Forældrecaféer"]["level"], by_title["Forældrecaféer"]["aimed_at"]) == ("opbyggende", "surroundings")
    assert by_title["Kursus om bekymringstegn"]["level"] == ""
    assert by_title["Kursus om bekymringstegn"]["aimed_at"] == "professionals"
    assert any("Kursus om bekymringstegn" in note and "niveau" in note for note in result.intervention_notes)


def test_localised_style_names_dash_goals_and_position(demo):
    result = map_document(word_docs.overskrift_plan(), municipality("aarhus"))
    where = landing(result)
    assert where["Vision"] == ("vision", "ordlyd")
    assert where["Mål"] == ("goals", "ordlyd")
    assert where["Pressehåndtering"] == ("press", "ordlyd")
    # An unknown heading between "Ansvar og opfølgning" (1.3) and "Bekymringstegn" (1.5): 1.4 by position.
    assert where["Vores tilgang til begreberne"] == ("definitions", "position")
    assert [g["title"] for g in result.goals] == word_docs.GOALS
    assert result.fields["responsibility_executive"] == "SSP-teamet"
    # An intervention written as paragraphs under "Indsatser rettet mod borgeren".
    assert where["Indsatser rettet mod borgeren"] == ("interventions_citizen", "ordlyd")
    assert [(i["title"], i["aimed_at"], i["level"], i["purpose"], i["target_group"]) for i in result.interventions] == [
        ("Exit-forløb", "citizen", "indgribende", "At hjælpe en person ud af et ekstremistisk miljø.",
         "Personer over 18 år")]
    assert result.interventions_intro == ["<p>Vi arbejder med få, men grundige forløb.</p>"]


def test_bold_only_numbered_headings(demo):
    result = map_document(word_docs.bold_plan(), municipality("aarhus"))
    where = landing(result)
    assert where["1.1 Vision og formål"][0] == "vision"
    assert where["1.2 Mål"][0] == "goals"
    assert where["2.1 Organisering"][0] == "organisation"
    assert where["4.4 Håndtering af pressen"][0] == "press"
    assert [g["title"] for g in result.goals] == word_docs.GOALS


def test_document_written_by_libreoffice(demo):
    content = word_docs.libreoffice_plan()
    result = map_document(content, municipality("aarhus"))
    where = landing(result)
    assert where["1.1 Vision og formål"][0] == "vision"
    assert where["1.2 Mål"][0] == "goals"
    assert where["Presse og medier"][0] == "press"
    assert [g["title"] for g in result.goals] == word_docs.GOALS
    assert [(i["title"], i["aimed_at"], i["level"]) for i in result.interventions] == [
        ("Exit-samtaler", "citizen", "indgribende")]
    assert word_docs.ORGANISATION_TEXT in result.streams()["organisation"][0][1]


def _block_paragraphs(number, names=("Aarhus Kommune", "Østjyllands Politi")):
    block = TextBlock.objects.get(number=number, locale__language_code="da")
    html = block.body.replace("[KOMMUNE]", names[0]).replace("[POLITIKREDS]", names[1])
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h3", "h4")]


def test_text_blocks_by_reference_and_changed_wording_kept(demo):
    same = _block_paragraphs(3)
    changed = _block_paragraphs(6)
    changed[0] = changed[0].replace("politikreds", "politikreds, og kommunens SSP-koordinator deltager")
    result = map_document(word_docs.text_block_plan(same, changed), municipality("aarhus"))
    streams = result.streams()
    block3 = TextBlock.objects.get(number=3, locale__language_code="da")
    assert streams["infohus_cooperation"][0][0] == "paragraph"
    assert ("text_block", block3.pk) in streams["infohus_cooperation"]
    # Changed wording: the municipality's own text is kept, with the difference shown.
    assert [kind for kind, _v in streams["network"]] == ["paragraph"]
    network = next(p for p in result.parts if p.key == "network")
    changed_entry = next(e for e in network.entries if e.kind == "changed_text_block")
    assert changed_entry.text_block.number == 6
    assert "<ins>" in changed_entry.diff_html and "SSP-koordinator" in changed_entry.diff_html
    assert len(block_units(block3.body)) == len(same)


def test_damaged_picture_is_named_not_imported(demo):
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(word_docs.styled_plan()))
    members = {name: source.read(name) for name in source.namelist()}
    media = next(name for name in members if name.startswith("word/media/"))
    members[media] = b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10
    result = map_document(word_docs.zip_bytes(members), municipality("aarhus"))
    assert result.pictures() == []
    assert any("kan ikke vises på nettet" in note for note in result.notes)
    assert word_docs.ORGANISATION_TEXT in result.streams()["organisation"][0][1]


# --- bad input -----------------------------------------------------------------------------------------


def _libreoffice_convert(html: str, target: str, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run([word_docs.soffice(), f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--writer", "--convert-to", target, "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=120)
        return (Path(folder) / f"plan.{suffix}").read_bytes()


BAD_INPUT = {
    "empty": (lambda: b"", "tom"),
    "pdf": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    "doc": (lambda: word_docs.ole_container(["Root Entry", "WordDocument", "1Table"]), ".doc"),
    "password": (word_docs.encrypted_docx, "adgangskode"),
    "zip": (lambda: word_docs.zip_bytes({"readme.txt": b"hello"}), "zip-arkiv"),
    "xlsx": (lambda: word_docs.zip_bytes({"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'}), "ikke et Word-dokument"),
    "macro": (word_docs.macro_docx, "makroer"),
    "too_big": (lambda: b"PK\x03\x04" + b"\x00" * (20 * 1024 * 1024 + 1), "20 MB"),
    "bomb": (word_docs.bomb_docx, "zip-bombe"),
    "broken": (lambda: word_docs.styled_plan()[:3000], "beskadiget"),
    "text": (lambda: "Dette er bare tekst".encode(), "ikke et Word-dokument"),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUT))
def test_bad_input_refused_with_one_danish_sentence(demo, kind):
    make, words = BAD_INPUT[kind]
    with pytest.raises(WordFileError) as error:
        map_document(make(), municipality("aarhus"))
    assert words in str(error.value)
    assert "\n" not in str(error.value) and "Traceback" not in str(error.value)


def test_real_doc_from_libreoffice_renamed_is_refused(demo):
    content = _libreoffice_convert(word_docs.LIBREOFFICE_HTML, "doc:MS Word 97", "doc")
    with pytest.raises(WordFileError, match=r"\.doc\)"):
        map_document(content, municipality("aarhus"))


# --- saving ---------------------------------------------------------------------------------------------


def test_import_adds_a_draft_revision_and_leaves_the_live_plan(demo):
    odense = plan("odense")
    live_press = stream_text(odense.press)
    revisions = odense.revisions.count()
    page, revision, created = save_import(map_document(word_docs.styled_plan(), municipality("odense")),
                                          municipality("odense"))
    assert not created
    odense.refresh_from_db()
    assert odense.live and odense.has_unpublished_changes
    assert stream_text(odense.press) == live_press  # the live plan is unchanged
    assert odense.revisions.count() == revisions + 1
    draft = odense.get_latest_revision_as_object()
    assert word_docs.PRESS_TEXT in str(draft.press)
    assert [g.value["title"] for g in draft.goals] == word_docs.GOALS
    # Parts the document does not have keep the plan's content (the procedure, the definitions).
    assert stream_text(draft.definitions) == stream_text(odense.definitions)
    # The picture went into the municipality's own collection.
    image = get_image_model().objects.get(pk=next(c.value["image"].pk for c in draft.organisation if c.block_type == "image"))
    assert image.collection.name == "Odense Kommune"
    assert image.collection.get_parent() == Collection.get_first_root_node()
    # The picture is shown in the section, and the Word export writes it out again.
    image_child = next(c for c in draft.organisation if c.block_type == "image")
    assert "<img" in str(image_child.render()) and "<figure" in str(image_child.render())
    exported = render_plan_docx(draft)
    assert len(Document(io.BytesIO(exported)).inline_shapes) == 1
    # Importing that export again reuses the same image instead of storing it twice.
    images_before = get_image_model().objects.count()
    save_import(map_document(exported, municipality("odense")), municipality("odense"))
    assert get_image_model().objects.count() == images_before


def test_import_creates_a_draft_plan_when_none_exists(demo):
    aarhus = municipality("aarhus")
    assert existing_plan(aarhus) is None
    page, _revision, created = save_import(map_document(word_docs.overskrift_plan(), aarhus), aarhus)
    assert created and not page.live
    page = PlanPage.objects.get(pk=page.pk)
    assert page.municipality == aarhus and page.locale.language_code == "da" and page.slug == "aarhus"
    assert page.get_parent().specific_class.__name__ == "PlanIndexPage"
    assert word_docs.PRESS_TEXT in str(page.get_latest_revision_as_object().press)


def test_management_command_dry_run_and_save(demo, tmp_path, capsys):
    path = tmp_path / "plan.docx"
    path.write_bytes(word_docs.styled_plan())
    odense = plan("odense")
    before = odense.revisions.count()
    call_command("import_plan", "odense", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert "»4.4 Presse og medier« -> Håndtering af pressen" in out
    assert "intet er gemt" in out
    assert odense.revisions.count() == before
    call_command("import_plan", "odense", str(path))
    assert odense.revisions.count() == before + 1


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 fake", b"PK\x03\x04broken"])
def test_management_command_bad_input_one_line(demo, tmp_path, content):
    path = tmp_path / "plan.docx"
    path.write_bytes(content)
    before = plan("odense").revisions.count()
    # manage.py prints a CommandError as "CommandError: <message>" on stderr and exits with 1, no traceback.
    with pytest.raises(CommandError) as error:
        call_command("import_plan", "odense", str(path))
    assert "\n" not in str(error.value) and str(error.value).startswith("plan.docx: ")
    assert plan("odense").revisions.count() == before
    with pytest.raises(CommandError, match="Ukendt kommune"):
        call_command("import_plan", "atlantis", str(path))


# --- export and round trip ------------------------------------------------------------------------------


def test_export_has_title_dates_sections_text_blocks_goals_interventions_contacts(client, demo):
    response = client.get("/da/handlingsplaner/odense/docx/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "public" in response["Cache-Control"]
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    for expected in ("Eksempel: Handlingsplan mod ekstremisme for Odense Kommune", "Kommune: Odense Kommune",
                     "Politisk godkendt: 8. april 2025", "Næste revision: 1. marts 2027", "1.1 Vision og formål",
                     "4.4 Håndtering af pressen", "Alle skoler, klubber og jobcentre kender infohuset",
                     "Infohus Odense", "4174 9090"):
        assert expected in text, expected
    # Text block 3 written out with the plan's names, never the placeholders.
    assert "Odense Kommune indgår i infohus-samarbejdet" in text and "Fyns Politi" in text
    assert "[KOMMUNE]" not in text and "[POLITIKREDS]" not in text
    tables = ["\n".join(c.text for c in t.rows[0].cells) for t in document.tables]
    assert any("Indsats" in t and "Niveau" in t for t in tables)
    all_cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Dialogforløb for unge i mistrivsel" in all_cells and "Bekymringen modtages" in all_cells
    page = client.get("/da/handlingsplaner/odense/").content.decode()
    assert 'href="/da/handlingsplaner/odense/docx/"' in page


def test_staff_only_export_refuses_everyone_else(client, demo):
    holbaek = plan("holbaek")
    assert PageViewRestriction.objects.filter(page=holbaek).exists()
    for url in ("/da/handlingsplaner/holbaek/docx/", "/en/handlingsplaner/holbaek/docx/"):
        response = client.get(url)
        assert response.status_code in (302, 404) and b"PK" not in response.content[:2]
    client.force_login(member("staff", "odense"))  # another municipality's staff
    response = client.get("/da/handlingsplaner/holbaek/docx/")
    assert response.status_code == 403 and not response.content.startswith(b"PK")  # the "not for you" page (signin)
    client.force_login(member("staff", "holbaek"))
    response = client.get("/da/handlingsplaner/holbaek/docx/")
    assert response.status_code == 200 and response.content.startswith(b"PK")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_round_trip_export_then_import_gives_the_same_plan(client, demo):
    original = plan("odense")
    content = client.get("/da/handlingsplaner/odense/docx/").content  # as a reader downloads it
    result = map_document(content, original.municipality)
    copy = fill_plan(PlanPage(municipality=original.municipality, locale=original.locale), result)
    for name in ("vision", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
                 "procedure_notes", "network", "communication", "training", "acute_situations", "press",
                 "goals", "concern_procedure"):
        assert stream_text(getattr(copy, name)) == stream_text(getattr(original, name)), name
    assert result.text_block_count() == 6
    for name in ("responsibility_political", "responsibility_strategic", "responsibility_executive",
                 "revision_process", "political_approval_date", "last_revised", "next_revision",
                 "revision_interval_months", "summary"):
        assert getattr(copy, name) == getattr(original, name), name
    assert result.title == original.title
    # The contact block is shown from the infohus contacts, so it is read but not imported.
    assert any("Infohus Odense" in text for text in result.ignored)
    assert render_plan_docx(original).startswith(b"PK")
    fields = ["title", "aimed_at", "level", "purpose", "content", "target_group", "responsible_unit", "partners",
              "follow_up_how", "follow_up_when"]
    assert [[getattr(i, f) for f in fields] for i in copy.interventions.all()] == [
        [getattr(i, f) for f in fields] for i in original.interventions.all()]
    assert not [p for p in result.parts if p.key == "other"]


# --- admin ----------------------------------------------------------------------------------------------


def _upload(client, slug, content, name="plan.docx"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(f"/admin/plans/import/{slug}/", {"file": SimpleUploadedFile(name, content)})


def test_admin_preview_then_confirm_saves_a_draft(client, demo):
    client.force_login(member("editor", "odense"))
    odense = plan("odense")
    before = odense.revisions.count()
    assert client.get("/admin/plans/import/odense/").status_code == 200
    response = _upload(client, "odense", word_docs.styled_plan())
    assert response.status_code == 200
    html = response.content.decode()
    assert "»4.4 Presse og medier« → Håndtering af pressen" in html
    assert "Bilag 1: Kontaktliste" in html and "Andet indhold / ikke placeret" in html
    assert "Kursus om bekymringstegn" in html and "Vælges i redigeringen" in html
    assert odense.revisions.count() == before  # nothing saved by the preview
    token = response.context["token"]
    path = __import__("django.core.signing", fromlist=["loads"]).loads(token, salt=word_views.TOKEN_SALT)["path"]
    assert default_storage.exists(path)
    response = client.post("/admin/plans/import/odense/confirm/", {"token": token, "action": "confirm"})
    assert response.status_code == 302 and f"/admin/pages/{odense.pk}/edit/" in response["Location"]
    assert odense.revisions.count() == before + 1
    assert not default_storage.exists(path)  # cleaned up
    odense.refresh_from_db()
    assert odense.live and word_docs.PRESS_TEXT not in str(odense.press)
    # The token cannot be used twice.
    client.post("/admin/plans/import/odense/confirm/", {"token": token, "action": "confirm"})
    assert odense.revisions.count() == before + 1


def test_admin_cancel_and_forged_token_save_nothing(client, demo):
    client.force_login(member("editor", "odense"))
    odense = plan("odense")
    before = odense.revisions.count()
    token = _upload(client, "odense", word_docs.bold_plan()).context["token"]
    client.post("/admin/plans/import/odense/confirm/", {"token": token + "x", "action": "confirm"})
    from django.core import signing

    forged = signing.dumps({"path": "../../settings.py", "municipality": municipality("odense").pk, "user": 1},
                           salt="other")
    client.post("/admin/plans/import/odense/confirm/", {"token": forged, "action": "confirm"})
    response = client.post("/admin/plans/import/odense/confirm/", {"token": token, "action": "cancel"})
    assert response.status_code == 302
    assert odense.revisions.count() == before


@pytest.mark.parametrize("kind", ["empty", "pdf", "doc", "password", "macro", "zip", "bomb"])
def test_admin_bad_input_danish_message_nothing_saved(client, demo, kind):
    client.force_login(member("editor", "odense"))
    before = plan("odense").revisions.count()
    response = _upload(client, "odense", BAD_INPUT[kind][0]())
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-message" in html or "Filen er tom" in html
    assert BAD_INPUT[kind][1] in html or (kind == "empty" and "tom" in html)
    assert "Traceback" not in html
    assert plan("odense").revisions.count() == before


def test_admin_import_refused_to_other_municipalities_and_outsiders(client, demo):
    before = plan("odense").revisions.count()
    client.force_login(member("editor", "skive"))

    def refused(response):
        # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and an error message.
        return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")

    assert refused(client.get("/admin/plans/import/odense/"))
    assert refused(_upload(client, "odense", word_docs.styled_plan()))
    # Nor can a token made for Skive be used on Odense.
    token = _upload(client, "skive", word_docs.styled_plan()).context["token"]
    assert refused(client.post("/admin/plans/import/odense/confirm/", {"token": token, "action": "confirm"}))
    client.force_login(member("staff", "odense"))  # staff may read, not edit
    assert client.get("/admin/plans/import/odense/").status_code in (302, 403)
    client.logout()
    response = client.get("/admin/plans/import/odense/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert plan("odense").revisions.count() == before


def test_edit_view_offers_the_import(client, demo):
    client.force_login(member("editor", "odense"))
    html = client.get(f"/admin/pages/{plan('odense').pk}/edit/").content.decode()
    assert "/admin/plans/import/odense/" in html
