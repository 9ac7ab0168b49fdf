"""Fetch every active identity provider's metadata again from its URL (for a nightly job): a
provider whose new metadata cannot be fetched or checked keeps its old metadata."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.utils import timezone

from signin import metadata
from signin.models import IdentityProvider


class Command(BaseCommand):
    help = "Henter login-tjenesternes metadata igen fra deres adresser."

    def handle(self, *args, **options):
        failed = 0
        for provider in IdentityProvider.objects.filter(active=True).exclude(metadata_url=""):
            try:
                xml = metadata.fetch(provider.metadata_url)
                entity_id = metadata.identity_provider_entity_id(xml)
                if entity_id != provider.entity_id:
                    raise ValidationError("Entity ID er ændret: opdatér tjenesten i admin.")
            except ValidationError as error:
                failed += 1
                self.stderr.write(f"{provider.name}: {' '.join(error.messages)}")
                continue
            provider.metadata_xml, provider.metadata_updated_at = xml, timezone.now()
            provider.save(update_fields=["metadata_xml", "metadata_updated_at"])
            self.stdout.write(f"{provider.name}: opdateret")
        if failed:
            raise SystemExit(1)
