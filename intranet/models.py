"""Intranet keys: named, read-only, scoped to one municipality's plan, stored hashed, shown once,
revocable, with the time they were last used. Each key also lists the origins of the intranet that
may show the plan in an iframe."""

from __future__ import annotations

import hashlib
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from places.models import Municipality

KEY_PREFIX = "ncfe_"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def clean_origins(text: str) -> list[str]:
    """'https://intra.holbaek.dk' lines; ValidationError (Danish) for anything else."""
    origins = []
    for line in (text or "").split():
        parts = urlsplit(line)
        if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/") or parts.query or "*" in line:
            raise ValidationError("»%(line)s« er ikke en gyldig adresse. Skriv fx https://intra.kommune.dk (én pr. linje).",
                                  params={"line": line[:80]})
        origins.append(f"https://{parts.netloc}")
    return origins


class IntranetKeyQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(revoked_at__isnull=True)

    def for_key(self, key: str):
        return self.usable().filter(key_hash=hash_key(key)).select_related("municipality").first()


class IntranetKey(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+", verbose_name="Kommune")
    name = models.CharField("Navn", max_length=120, help_text="Fx »Intranettet (SharePoint)«.")
    frame_origins = models.TextField(
        "Intranettets adresser", blank=True,
        help_text="Adresser, der må vise planen i en iframe, én pr. linje (fx https://intra.kommune.dk).",
    )
    prefix = models.CharField("Nøglens begyndelse", max_length=16, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("Oprettet", auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", editable=False)
    last_used_at = models.DateTimeField("Sidst brugt", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("Spærret", null=True, blank=True, editable=False)

    objects = IntranetKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "intranet-nøgle"
        verbose_name_plural = "intranet-nøgler"
        ordering = ["municipality__name", "name"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def clean(self):
        clean_origins(self.frame_origins)

    @property
    def origins(self) -> list[str]:
        try:
            return clean_origins(self.frame_origins)
        except ValidationError:
            return []

    def issue(self) -> str:
        """A new secret for this key (returned once, only its hash is kept)."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        self.prefix, self.key_hash = key[:12], hash_key(key)
        return key

    def revoke(self):
        self.revoked_at = timezone.now()


def frame_origins_for(municipality_id: int) -> list[str]:
    origins = set()
    for key in IntranetKey.objects.usable().filter(municipality_id=municipality_id):
        origins.update(key.origins)
    return sorted(origins)
