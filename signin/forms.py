"""The admin form of an identity provider: metadata pasted, uploaded or fetched from its URL,
checked with pysaml2 before it is saved (clear Danish messages, nothing saved on bad input)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from signin import metadata

UPLOAD_LIMIT = metadata.MAX_METADATA_BYTES


class IdentityProviderForm(WagtailAdminModelForm):
    metadata_file = forms.FileField(
        label="Upload metadata-fil", required=False,
        help_text="XML-fil fra login-tjenesten. Erstatter teksten ovenfor.",
    )
    refresh_metadata = forms.BooleanField(
        label="Opdatér metadata fra adressen nu", required=False,
        help_text="Henter metadata igen fra metadata-adressen, når du gemmer (fx når tjenesten skifter certifikat).",
    )

    def clean(self):
        cleaned = super().clean()
        xml = (cleaned.get("metadata_xml") or "").strip()
        upload = cleaned.get("metadata_file")
        url = cleaned.get("metadata_url")
        if upload:
            if upload.size > UPLOAD_LIMIT:
                self.add_error("metadata_file", "Filen er for stor (højst 2 MB).")
                return cleaned
            xml = upload.read().decode("utf-8", errors="replace")
        elif url and (cleaned.get("refresh_metadata") or not xml):
            try:
                xml = metadata.fetch(url)
            except ValidationError as error:
                self.add_error("metadata_url", error)
                return cleaned
        if not xml:
            self.add_error("metadata_xml", "Indsæt, upload eller angiv adressen på login-tjenestens metadata.")
            return cleaned
        try:
            entity_id = metadata.identity_provider_entity_id(xml)
        except ValidationError as error:
            self.add_error("metadata_file" if upload else "metadata_xml", error)
            return cleaned
        clash = type(self.instance).objects.filter(entity_id=entity_id).exclude(pk=self.instance.pk)
        if clash.exists():
            self.add_error("metadata_xml", "Denne login-tjeneste (samme Entity ID) findes allerede.")
            return cleaned
        kind = cleaned.get("organisation_kind")
        if kind == "fixed" and not cleaned.get("municipality"):
            self.add_error("municipality", "Vælg kommunen.")
        if kind in ("cvr", "code") and not cleaned.get("organisation_attribute"):
            self.add_error("organisation_attribute", "Angiv hvilken attribut der indeholder organisationen.")
        cleaned["metadata_xml"] = xml
        self.instance.metadata_xml = xml
        self.instance.entity_id = entity_id
        self.instance.metadata_updated_at = timezone.now()
        return cleaned
