"""The editorial journey in the admin (issue 13, part 6): approving from the editor, creating a
plan, no copies of plans, empty text-block slots, the text-block chooser, the revision comparison,
the e-mails, the centre's role and its report."""

import codecs
import csv
import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamValue
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from guidance.models import TextBlock
from places.models import Municipality
from plans.blocks import RICH_FEATURES, SectionBlock
from plans.models import PlanIndexPage, PlanIntervention, PlanPage
from plans.permissions import CENTRE_EDITORS, MODERATORS

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/handlingsplaner/"


def user(name, *groups, language="da"):
    account = get_user_model().objects.create_user(name, email=f"{name}@kommune.example", password="x" * 16)
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = language
    profile.save()
    account.groups.add(*groups)
    return account


def odense():
    return Municipality.objects.get(slug="odense")


@pytest.fixture
def plan(demo):
    return PlanPage.objects.get(locale__language_code="da", slug="odense")


@pytest.fixture
def index(demo):
    return PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")


def edit_form(page, account):
    form_class = page.get_edit_handler().get_form_class()
    return form_class(instance=page, for_user=account, parent_page=page.get_parent())


# --- approving from the editor ------------------------------------------------------------------


@pytest.mark.parametrize("role", ["approver", "editor", "centre", "moderator"])
def test_existing_plans_municipality_is_shown_read_only_to_everyone(plan, role):
    groups = {
        "approver": [odense().approver_group],
        "editor": [odense().editor_group],
        "centre": [Group.objects.get(name=CENTRE_EDITORS)],
        "moderator": [Group.objects.get(name=MODERATORS)],
    }[role]
    form = edit_form(plan, user(role, *groups))
    field = form.fields["municipality"]
    assert field.disabled
    assert list(field.queryset) == [odense()]
    assert form["municipality"].value() == odense().id


def test_approver_sees_the_municipality_in_the_edit_view(client, plan):
    client.force_login(user("godkender", odense().approver_group))
    html = client.get(f"/admin/pages/{plan.id}/edit/").content.decode()
    select = re.search(r'<select name="municipality"[^>]*>(.*?)</select>', html, flags=re.S)
    assert select and "disabled" in select.group(0)
    assert re.search(r'<option value="%d" selected>Odense Kommune</option>' % odense().id, select.group(1))


def test_a_posted_municipality_cannot_move_a_plan(plan):
    form_class = plan.get_edit_handler().get_form_class()
    other = Municipality.objects.get(slug="aarhus")
    form = form_class(plan_post_data(other), instance=plan, for_user=user("c", Group.objects.get(name=CENTRE_EDITORS)),
                      parent_page=plan.get_parent())
    form.is_valid()
    assert form.cleaned_data.get("municipality") == odense()


# --- creating a plan -----------------------------------------------------------------------------


def test_only_handlingsplan_is_offered_under_the_plan_index(client, index):
    # A municipality's editor goes straight to the plan form: it is the only page type there.
    client.force_login(user("aarhus-red", Municipality.objects.get(slug="aarhus").editor_group))
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[index.id]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:add", args=["plans", "planpage", index.id])
    # The centre is offered the same (the overview exists already, one per index).
    client.force_login(user("centre", Group.objects.get(name=CENTRE_EDITORS)))
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[index.id]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:add", args=["plans", "planpage", index.id])
    assert [m.__name__ for m in index.specific_class.creatable_subpage_models()] == ["PlanPage", "PlanOverviewPage"]


def plan_post_data(municipality, **extra):
    sections = {name: streamfield([]) for name in (
        "vision", "goals", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
        "concern_procedure", "procedure_notes", "network", "communication", "training", "acute_situations",
        "press", "other_content",
    )}
    return nested_form_data({
        "title": f"Handlingsplan mod ekstremisme for {municipality.name}",
        "municipality": municipality.id,
        "slug": "",
        "revision_interval_months": 24,
        "interventions": inline_formset([]),
        **sections,
        **extra,
    })


def test_editor_creates_the_plan_the_first_save_works(client, index):
    aarhus = Municipality.objects.get(slug="aarhus")
    client.force_login(user("aarhus-red", aarhus.editor_group))
    url = reverse("wagtailadmin_pages:add", args=["plans", "planpage", index.id])
    response = client.get(url)
    form = response.context["form"]
    assert form["municipality"].value() == aarhus.id  # preselected: the only choice
    html = response.content.decode()
    assert "Submit to" not in html and "Moderators" not in html  # no workflow before the first save
    assert 'name="action-submit"' not in html

    response = client.post(url, plan_post_data(aarhus))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    created = PlanPage.objects.get(municipality=aarhus, locale=index.locale)
    assert created.slug == "aarhus" and not created.live
    # Now the municipality's own workflow applies, and the editor can send the plan for approval.
    html = client.get(f"/admin/pages/{created.id}/edit/").content.decode()
    assert "Godkendelse af handlingsplan: Aarhus" in html


def test_duplicate_plan_error_says_where_the_plan_is(plan, index):
    from django.core.exceptions import ValidationError

    copy = PlanPage(title="Anden plan", municipality=odense(), locale=index.locale)
    copy._defer_plan_checks = True
    with pytest.raises(ValidationError) as error:
        copy.clean()
    message = " ".join(error.value.message_dict["municipality"])
    assert plan.title in message and f"/admin/pages/{plan.id}/edit/" in message


# --- copying -------------------------------------------------------------------------------------


def test_plans_cannot_be_copied(client, plan, index):
    client.force_login(user("centre", Group.objects.get(name=CENTRE_EDITORS)))
    before = PlanPage.objects.count()
    response = client.get(reverse("wagtailadmin_pages:copy", args=[plan.id]), follow=True)
    assert "kan ikke kopieres" in response.content.decode()
    response = client.post(reverse("wagtailadmin_pages:copy", args=[plan.id]), {
        "new_title": "Kopi", "new_slug": "kopi", "new_parent_page": index.id, "copy_subpages": False,
        "publish_copies": False, "alias": False,
    })
    assert PlanPage.objects.count() == before
    # Nor is it offered in the page listing.
    listing = client.get(reverse("wagtailadmin_explore", args=[index.id])).content.decode()
    assert reverse("wagtailadmin_pages:copy", args=[plan.id]) not in listing
    # Other pages keep the button (the national overview under the same index).
    overview = index.get_children().exclude(id__in=PlanPage.objects.values("id")).first()
    assert reverse("wagtailadmin_pages:copy", args=[overview.id]) in listing


# --- empty text-block slots ---------------------------------------------------------------------


def test_empty_text_block_slots_and_empty_paragraphs_are_dropped():
    block = SectionBlock()
    text_block = TextBlock.objects.filter(live=True).first()
    value = StreamValue(block, [
        ("paragraph", block.child_blocks["paragraph"].to_python("<p>Egen tekst.</p>")),
        ("text_block", None),
        ("paragraph", block.child_blocks["paragraph"].to_python("<p><br></p>")),
        ("text_block", text_block),
    ])
    cleaned = block.clean(value)
    assert [child.block_type for child in cleaned] == ["paragraph", "text_block"]
    assert cleaned[1].value == text_block


def test_plan_with_an_empty_slot_can_be_sent_for_approval(client, plan):
    """The draft autosave kept holds an empty slot; validating for submission drops it instead of
    failing with an unplaced 'Dette felt er påkrævet'."""
    field = PlanPage._meta.get_field("organisation")
    value = plan.organisation
    raw = list(value.raw_data) + [{"type": "text_block", "value": None, "id": "empty-slot"}]
    cleaned = field.stream_block.clean(field.stream_block.to_python(raw))
    assert "empty-slot" not in [child.id for child in cleaned]
    assert len(cleaned) == len(value)


# --- the text-block chooser -----------------------------------------------------------------------


def test_text_block_chooser_shows_section_and_excerpt(client, demo):
    client.force_login(user("red", odense().editor_group))
    html = client.get(reverse("wagtailsnippetchoosers_guidance_textblock:choose")).json()["html"]
    assert "Vælg tekstblok" in html and "Choose" not in html
    assert "Til afsnittet" in html and "Uddrag af teksten" in html
    block = TextBlock.objects.filter(live=True, locale__language_code="da").exclude(plan_section="").first()
    assert block.plan_section in html
    first_words = " ".join(re.sub(r"<[^>]+>", " ", block.body).split()[:4])
    assert first_words in html.replace("\n", " ")
    assert "[KOMMUNE]" not in html


# --- revision comparison -----------------------------------------------------------------------


def as_the_editor_saves_it(html: str) -> str:
    """What the rich-text editor (Draftail) writes back for `html`: other markup, same text."""
    converter = ContentstateConverter(RICH_FEATURES)
    return converter.to_database_format(converter.from_database_format(html))


def test_comparison_shows_exactly_the_new_intervention_and_text_block(client, plan):
    live_revision = plan.save_revision()
    # The editor opens the plan, adds an intervention and a text block, and saves: the editor
    # rewrites the markup of every rich-text section on the way.
    edited = plan.get_latest_revision_as_object()
    for name in ("vision", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
                 "procedure_notes", "network", "communication", "training", "acute_situations", "press"):
        stream = getattr(edited, name)
        for child in stream:
            if child.block_type == "paragraph":
                child.value = child.block.to_python(as_the_editor_saves_it(child.value.source))
    assert edited.vision[0].value.source != plan.vision[0].value.source  # the markup did change
    block = TextBlock.objects.filter(live=True, locale__language_code="da").order_by("number").last()
    edited.training.append(("text_block", block))
    edited.interventions.add(PlanIntervention(title="Ny indsats for forældre", aimed_at="surroundings", level="foregribende"))
    new_revision = edited.save_revision()

    client.force_login(user("godkender", odense().approver_group))
    url = reverse("wagtailadmin_pages:revisions_compare", args=[plan.id, live_revision.id, new_revision.id])
    response = client.get(url)
    assert response.status_code == 200
    changed = [comparison.field_label() for comparison in response.context["comparison"]]
    assert sorted(changed) == sorted(["Opkvalificering", "Indsats"]), changed
    html = response.content.decode()
    assert "Ny indsats for forældre" in html and block.title in html
    assert "opdigtede.Alle" not in html


def test_comparison_still_sees_a_changed_word():
    from core.compare import RichTextComparison, paragraphs

    block = SectionBlock().child_blocks["paragraph"]
    a = block.to_python("<p>Første afsnit.</p><p>Andet afsnit.</p>")
    b = block.to_python(as_the_editor_saves_it("<p>Første afsnit.</p><p>Andet, ændret afsnit.</p>"))
    comparison = RichTextComparison(block, True, True, a, b)
    assert comparison.has_changed()
    assert paragraphs(b) == ["Første afsnit.", "Andet, ændret afsnit."]
    diff = str(comparison.htmldiff())
    assert diff.count("<p>") == 2 and re.search(r'<span class="addition">[^<]*ændret</span>', diff)
    same = RichTextComparison(block, True, True, a, block.to_python(as_the_editor_saves_it(a.source)))
    assert not same.has_changed()


# --- notifications -----------------------------------------------------------------------------


def submit(plan, editor):
    plan.title = plan.title + " (revideret)"
    plan.save_revision(user=editor)
    plan.get_workflow().start(plan, editor)
    return WorkflowState.objects.for_instance(plan).active().get().current_task_state


def test_emails_are_danish_with_the_real_address_and_the_comment(plan, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://forebyggekstremisme.example"
    editor = user("red", odense().editor_group)
    approver = user("godk", odense().approver_group)
    english_approver = user("approver-en", odense().approver_group, language="en")
    mail.outbox.clear()
    task_state = submit(plan, editor)
    to_approver = next(m for m in mail.outbox if m.to == [approver.email])
    assert "er sendt til godkendelse" in to_approver.subject or "godkend" in to_approver.subject.lower(), to_approver.subject
    assert "https://forebyggekstremisme.example/admin/pages/" in to_approver.body
    assert "http://localhost" not in to_approver.body
    english = next(m for m in mail.outbox if m.to == [english_approver.email])
    assert "submitted for approval" in english.body

    mail.outbox.clear()
    task_state.specific.approve(user=approver, comment="Fint, husk at opdatere datoen.")
    to_editor = next(m for m in mail.outbox if m.to == [editor.email])
    assert "godkendt" in to_editor.subject, to_editor.subject
    assert "Fint, husk at opdatere datoen." in to_editor.body
    assert "https://forebyggekstremisme.example/da/handlingsplaner/odense/" in to_editor.body
    assert "http://localhost" not in to_editor.body
    assert "You can" not in to_editor.body and "Hello" not in to_editor.body
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def test_base_url_comes_from_the_environment():
    source = (settings.BASE_DIR / "config" / "settings" / "base.py").read_text()
    assert 'os.environ.get("WAGTAILADMIN_BASE_URL"' in source
    assert "WAGTAILADMIN_BASE_URL" in (settings.BASE_DIR / "docs" / "configuration.md").read_text()


# --- the centre's role and its report ----------------------------------------------------------


def test_centre_editors_maintain_guidance_snippets_and_infohus(client, demo):
    centre_group = Group.objects.get(name=CENTRE_EDITORS)
    codenames = set(centre_group.permissions.values_list("content_type__app_label", "codename"))
    for model in ("textblock", "signofconcern", "conceptelement"):
        for action in ("add", "change", "delete", "publish"):
            assert ("guidance", f"{action}_{model}") in codenames
    assert ("contacts", "change_infohuscontact") in codenames
    assert not Permission.objects.filter(content_type__app_label="plans", codename__contains="infohus").exists()

    client.force_login(user("centre", centre_group))
    dashboard = client.get("/admin/").content.decode()
    assert "Vejledning" in dashboard and REPORT_URL in dashboard
    for model in ("textblock", "signofconcern", "conceptelement"):
        assert client.get(f"/admin/snippets/guidance/{model}/").status_code == 200
    block = TextBlock.objects.filter(locale__language_code="da").first()
    assert client.get(f"/admin/snippets/guidance/textblock/edit/{block.pk}/").status_code == 200


def test_moderators_read_the_report_municipalities_do_not(client, demo):
    client.force_login(user("mod", Group.objects.get(name=MODERATORS)))
    assert client.get(REPORT_URL).status_code == 200
    client.force_login(user("red", odense().editor_group))
    assert client.get(REPORT_URL).status_code in (302, 403)
    client.force_login(user("godk", odense().approver_group))
    response = client.get(REPORT_URL + "?export=csv")
    assert response.status_code in (302, 403)


def test_report_csv_is_for_danish_excel(client, demo):
    client.force_login(user("centre", Group.objects.get(name=CENTRE_EDITORS)))
    response = client.get(REPORT_URL, {"export": "csv"})
    data = b"".join(response.streaming_content)
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Kommunekode;Kommune;Politikreds;")
    rows = {row["Kommune"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}
    assert "Københavns Kommune" in rows and "Aabenraa Kommune" in rows


def test_report_dates_in_danish_and_last_revised_as_the_plan_says(client, demo):
    client.force_login(user("centre", Group.objects.get(name=CENTRE_EDITORS), language="en"))
    plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
    html = client.get(REPORT_URL).content.decode()
    assert "1. juni 2024" in html  # Skive's last_revised 2024-06-01, in Danish whatever the admin language
    assert not re.search(r"\d+\. (Jan|Feb|Mar|May|Jun|Jul|Aug|Oct|Nov|Dec) \d{4}", html)
    # A live plan that gives no revision date shows none in the report either (as on the plan).
    plan.last_revised = None
    plan.next_revision = None
    plan.save_revision().publish()
    rows = csv.DictReader(io.StringIO(b"".join(client.get(REPORT_URL, {"export": "csv"}).streaming_content).decode("utf-8-sig")), delimiter=";")
    row = next(r for r in rows if r["Kommune"] == "Skive Kommune")
    assert row["Senest revideret"] == ""
    page = client.get(plan.url).content.decode()
    assert "Ikke oplyst" in page or "Not given" in page


def test_a_draft_plan_is_not_counted_as_published(client, index):
    from plans.status import NONE, plan_statuses

    aarhus = Municipality.objects.get(slug="aarhus")
    draft = PlanPage(title="Handlingsplan (under udarbejdelse)", municipality=aarhus, slug="aarhus", live=False)
    index.add_child(instance=draft)
    row = next(r for r in plan_statuses() if r.municipality == aarhus)
    assert row.status == NONE
