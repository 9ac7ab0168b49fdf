"""Plans due for revision: the admin dashboard panel and `manage.py send_revision_reminders`."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import timezone

from plans.models import PlanPage, RevisionReminder
from plans.permissions import municipalities_editable_by

DUE_WITHIN_DAYS = 30
RESEND_AFTER_DAYS = 7


def today() -> dt.date:
    return timezone.localdate()


def plans_due(on: dt.date | None = None, within_days: int = DUE_WITHIN_DAYS):
    """Plans whose next revision date has passed or falls within `within_days` days, soonest first.
    Only the plan of record (the default language): translations share its revision dates."""
    on = on or today()
    return (
        PlanPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            next_revision__isnull=False,
            next_revision__lte=on + dt.timedelta(days=within_days),
        )
        .select_related("municipality", "locale")
        .order_by("next_revision", "municipality__name")
    )


def plans_due_for_user(user, on=None):
    plans = plans_due(on)
    allowed = municipalities_editable_by(user)
    if allowed is not None:
        plans = plans.filter(municipality_id__in=allowed)
    return plans


def describe_due(plan, on: dt.date) -> str:
    days = (plan.next_revision - on).days
    if days < 0:
        return f"overskredet med {-days} dag{'e' if -days != 1 else ''}"
    if days == 0:
        return "i dag"
    return f"om {days} dag{'e' if days != 1 else ''}"


def send_reminders(on: dt.date | None = None, dry_run: bool = False) -> list[tuple]:
    """E-mail each due plan's municipality editors (active users with an e-mail address).
    A plan is reminded again at the earliest RESEND_AFTER_DAYS days later, unless its next
    revision date changed. Returns [(plan, [addresses])]."""
    on = on or today()
    sent = []
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for plan in plans_due(on):
        group_id = plan.municipality.editor_group_id
        if not group_id:
            continue
        recent = RevisionReminder.objects.filter(
            plan=plan, due_date=plan.next_revision, sent_on__gt=on - dt.timedelta(days=RESEND_AFTER_DAYS)
        ).exists()
        if recent:
            continue
        addresses = sorted(
            get_user_model().objects.filter(groups__id=group_id, is_active=True)
            .exclude(email="").values_list("email", flat=True).distinct()
        )
        if not addresses:
            continue
        subject = f"Handlingsplanen for {plan.municipality.name} skal revideres {describe_due(plan, on)}"
        body = (
            f"Kære redaktør\n\n"
            f"Ifølge planen skal {plan.municipality.name}s handlingsplan mod ekstremisme revideres senest "
            f"{plan.next_revision:%d.%m.%Y} ({describe_due(plan, on)}).\n\n"
            f"Gennemgå planen, opdatér den, og send den til godkendelse:\n"
            f"{base_url}/admin/pages/{plan.id}/edit/\n\n"
            f"Husk at sætte en ny dato for næste revision.\n\n"
            f"Venlig hilsen\n{settings.WAGTAIL_SITE_NAME}\n"
        )
        if not dry_run:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, addresses)
            RevisionReminder.objects.create(plan=plan, due_date=plan.next_revision, sent_on=on, recipients=len(addresses))
        sent.append((plan, addresses))
    return sent
