import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from plans.reminders import DUE_WITHIN_DAYS, send_reminders


class Command(BaseCommand):
    help = (
        f"E-mail the editors of every plan whose next revision date has passed or is within "
        f"{DUE_WITHIN_DAYS} days. Run it daily; a plan is reminded at most once a week."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")
        parser.add_argument("--dry-run", action="store_true", help="List what would be sent; send nothing.")

    def handle(self, *args, date=None, dry_run=False, **options):
        on = None
        if date:
            try:
                on = dt.date.fromisoformat(date)
            except ValueError:
                raise CommandError(f"Ugyldig dato '{date}': brug formatet ÅÅÅÅ-MM-DD.") from None
        sent = send_reminders(on, dry_run=dry_run)
        for plan, addresses in sent:
            self.stdout.write(f"{plan.municipality.name}: {len(addresses)} modtager(e){' (prøvekørsel)' if dry_run else ''}")
        self.stdout.write(f"Påmindelser: {len(sent)}.")
