import importlib
import importlib.util

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app with demo content has a `demo` module with `load(stdout)`. Order matters: later
# loaders use what earlier ones made (the home page, contact points, text blocks, ...).
DEMO_LOADERS = [
    "home.demo",
    "guidance.demo",
    "plans.demo",
    "concern.demo",
    "overview.demo",
    "search.demo",
    "home.demo_translations",
]


class Command(BaseCommand):
    help = "Build (or bring up to date) the whole demo site. Safe to run again: it duplicates nothing."

    def handle(self, *args, **options):
        for module_name in DEMO_LOADERS:
            try:
                if importlib.util.find_spec(module_name) is None:
                    continue
            except ModuleNotFoundError:  # the app itself is not there (yet)
                continue
            module = importlib.import_module(module_name)
            with transaction.atomic():
                module.load(stdout=self.stdout)
            self.stdout.write(f"  {module_name}: ok")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
