from django.core.management.base import BaseCommand

from search import documents


class Command(BaseCommand):
    help = "Rebuild the site search's documents and vocabulary from the live content (and Elasticsearch if set)."

    def handle(self, *args, **options):
        count = documents.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} search documents."))
