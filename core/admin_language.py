"""The admin's language: Danish (settings.LANGUAGE_CODE) for every new user, set as the
preferred language in their Wagtail profile when the user is created, so the admin speaks Danish to a
municipality's editors whatever their browser asks for. Each user can choose another language under
Konto → Sprog og region (the choices: settings.WAGTAILADMIN_PERMITTED_LANGUAGES)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from wagtail.users.models import UserProfile


def give_new_user_the_default_admin_language(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    profile, made = UserProfile.objects.get_or_create(
        user=instance, defaults={"preferred_language": settings.LANGUAGE_CODE}
    )
    if not made and not profile.preferred_language:
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])


def connect_signals():
    post_save.connect(
        give_new_user_the_default_admin_language, sender=get_user_model(), dispatch_uid="core-admin-language"
    )
