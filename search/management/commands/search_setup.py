from django.core.management.base import BaseCommand

from search.defaults import ensure_promotions


class Command(BaseCommand):
    help = (
        "Pin the concern page (/da/bekymret/) as the first result for worried readers' typical queries "
        "(search promotions). Adds only what is missing; run it once the concern page exists."
    )

    def handle(self, *args, **options):
        made = ensure_promotions(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Search promotions made: {made}."))
