"""Identity providers are data: the centre adds them in the admin (metadata uploaded or fetched from
a URL), each with its own attribute mapping (docs/signin.md)."""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from places.models import Municipality


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class IdentityProvider(ClusterableModel):
    class OrganisationKind(models.TextChoices):
        CVR = "cvr", "CVR-nummer (slås op i tabellen nedenfor)"
        MUNICIPALITY_CODE = "code", "Kommunekode (fx 316 for Holbæk)"
        FIXED = "fixed", "Altid den samme kommune (kommunens egen login-tjeneste)"

    name = models.CharField("Navn", max_length=120, help_text="Fx »KOMBIT Context Handler« eller »Holbæk Kommune (Entra ID)«.")
    slug = models.SlugField(
        "Kortnavn", max_length=40, unique=True,
        help_text="Står foran brugernavnet på alle, der logger ind gennem denne tjeneste (fx »ch:…«). Skift det ikke senere.",
    )
    active = models.BooleanField("Aktiv", default=True)
    entity_id = models.CharField("Entity ID", max_length=400, unique=True, editable=False)
    metadata_xml = models.TextField("Metadata (XML)", blank=True)
    metadata_url = models.URLField("Metadata-adresse", max_length=500, blank=True,
                                   help_text="Hentes igen med »Opdatér metadata«.")
    metadata_updated_at = models.DateTimeField("Metadata opdateret", null=True, editable=False)

    organisation_kind = models.CharField("Organisationen angives som", max_length=10,
                                         choices=OrganisationKind.choices, default=OrganisationKind.CVR)
    organisation_attribute = models.CharField(
        "Attribut med organisation", max_length=200, blank=True,
        help_text="Context Handler: dk:gov:saml:attribute:CvrNumberIdentifier. Tom ved »altid den samme kommune«.",
    )
    municipality = models.ForeignKey(
        Municipality, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name="Kommune", help_text="Kun ved »altid den samme kommune«.",
    )
    role_attribute = models.CharField("Attribut med roller", max_length=200, blank=True)
    staff_values = models.TextField(
        "Roller der giver adgang som medarbejder", blank=True,
        help_text="Én pr. linje. Tom: alle, tjenesten logger ind for kommunen, er medarbejdere.",
    )
    editor_values = models.TextField("Roller der gør til redaktør", blank=True, help_text="Én pr. linje.")
    approver_values = models.TextField("Roller der gør til godkender", blank=True, help_text="Én pr. linje.")

    class Meta:
        verbose_name = "login-tjeneste (SAML)"
        verbose_name_plural = "login-tjenester (SAML)"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def role_values(self) -> dict[str, set[str]]:
        return {"staff": set(lines(self.staff_values)), "editor": set(lines(self.editor_values)),
                "approver": set(lines(self.approver_values))}


class OrganisationNumber(models.Model):
    """A CVR number (or another organisation value) an identity provider sends, and the
    municipality it stands for. Entered by the centre when a municipality connects."""

    identity_provider = ParentalKey(IdentityProvider, on_delete=models.CASCADE, related_name="organisations")
    value = models.CharField("Værdi (fx CVR-nummer)", max_length=100)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+", verbose_name="Kommune")

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"
        constraints = [models.UniqueConstraint(fields=["identity_provider", "value"], name="signin_unique_org_value")]

    def __str__(self):
        return f"{self.value} → {self.municipality}"
