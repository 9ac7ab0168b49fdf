"""Revision reminders: the dashboard panel and `send_revision_reminders`."""

import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from plans.models import PlanPage
from plans.reminders import plans_due

pytestmark = pytest.mark.django_db

# Demo next revision dates: Holbæk 2026-01-15, Skive 2026-06-01, Odense 2027-03-01.


def editor_of(slug, email):
    user = get_user_model().objects.create_user(f"ed-{slug}-{email[:3]}", email=email, password="x" * 16)
    user.groups.add(PlanPage.objects.get(locale__language_code="da", slug=slug).municipality.editor_group)
    return user


def test_due_means_passed_or_within_30_days(demo):
    assert [p.slug for p in plans_due(dt.date(2026, 5, 1))] == ["holbaek"]  # overdue; Skive is 31 days away
    assert [p.slug for p in plans_due(dt.date(2026, 5, 2))] == ["holbaek", "skive"]  # exactly 30 days
    assert [p.slug for p in plans_due(dt.date(2025, 12, 1))] == []


def test_command_emails_the_municipalitys_editors_once(demo):
    editor_of("skive", "redaktor@skive.kommune.example")
    editor_of("skive", "anden@skive.kommune.example")
    editor_of("odense", "redaktor@odense.kommune.example")
    out = io.StringIO()
    call_command("send_revision_reminders", "--date", "2026-05-20", stdout=out)
    by_subject = {m.subject: m for m in mail.outbox}
    skive = next(m for s, m in by_subject.items() if "Skive" in s)
    assert sorted(skive.to) == ["anden@skive.kommune.example", "redaktor@skive.kommune.example"]
    assert "om 12 dage" in skive.subject
    assert f"/admin/pages/{PlanPage.objects.get(locale__language_code='da', slug='skive').id}/edit/" in skive.body
    assert not any("odense" in addr for m in mail.outbox for addr in m.to)
    assert "Påmindelser: 1." in out.getvalue()  # Holbæk is overdue but has no editor with e-mail

    # A second run the next day sends nothing new.
    call_command("send_revision_reminders", "--date", "2026-05-21", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    # A week later it reminds again.
    call_command("send_revision_reminders", "--date", "2026-05-28", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_dry_run_sends_nothing_and_bad_date_is_explained(demo):
    editor_of("skive", "redaktor@skive.kommune.example")
    out = io.StringIO()
    call_command("send_revision_reminders", "--date", "2026-05-20", "--dry-run", stdout=out)
    assert mail.outbox == [] and "prøvekørsel" in out.getvalue()
    with pytest.raises(CommandError, match="Ugyldig dato"):
        call_command("send_revision_reminders", "--date", "20-05-2026")


def test_dashboard_panel_lists_own_due_plans(client, demo):
    client.force_login(editor_of("holbaek", "redaktor@holbaek.kommune.example"))
    html = client.get("/admin/").content.decode()
    assert "Handlingsplaner der skal revideres" in html
    assert "Holbæk Kommune" in html and "Overskredet" in html
    assert "Skive Kommune" not in html  # another municipality's plan
