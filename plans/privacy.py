"""'Kun for kommunens medarbejdere': one switch on the plan for its own editors. On, the Danish plan
gets one view restriction to its municipality's staff, editor and approver groups (editors and
approvers count as staff); off, the plan has no restriction. core.restrictions mirrors the change
to the English and Arabic versions."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.models import PageViewRestriction


def staff_group_ids(municipality) -> list[int]:
    ids = [municipality.staff_group_id, municipality.editor_group_id, municipality.approver_group_id]
    return sorted(pk for pk in ids if pk)


def is_staff_only(page) -> bool:
    return PageViewRestriction.objects.filter(page=page).exists()


def decides_privacy(page) -> bool:
    """Only the Danish plan decides; its translations follow it (core.restrictions)."""
    return page.locale.language_code == settings.LANGUAGE_CODE and page.alias_of_id is None


def set_staff_only(page, staff_only: bool) -> bool:
    """Make the plan staff-only or public; True when something changed."""
    if not decides_privacy(page):
        return False
    wanted = staff_group_ids(page.municipality)
    with transaction.atomic():
        existing = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
        if not staff_only:
            if not existing:
                return False
            PageViewRestriction.objects.filter(page=page).delete()
            return True
        if (len(existing) == 1 and existing[0].restriction_type == PageViewRestriction.GROUPS
                and sorted(g.pk for g in existing[0].groups.all()) == wanted):
            return False
        PageViewRestriction.objects.filter(page=page).delete()
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set(wanted)
    return True
