from django.core.management.base import BaseCommand

from plans.groups import ensure_groups


class Command(BaseCommand):
    help = (
        "Create (or bring up to date) the editor, approver and staff group of each of the 98 "
        "municipalities, the centre's editor group, the page permissions, the approval workflows and each "
        "municipality's collection of images and documents (with the centre's shared one). "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        created = ensure_groups()
        self.stdout.write(
            f"Grupper oprettet: {created['groups']}, sidetilladelser: {created['permissions']}, "
            f"arbejdsgange: {created['workflows']}, samlinger: {created['collections']}."
        )
