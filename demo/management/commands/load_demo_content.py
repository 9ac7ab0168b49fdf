from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Build (or bring up to date) the whole demo site from demo/content/. Safe to run again: it duplicates nothing."

    def handle(self, *args, **options):
        from demo.loader import STEPS

        for step in STEPS:
            with transaction.atomic():
                step.load(stdout=self.stdout)
            self.stdout.write(f"  {step.__name__}: ok")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
