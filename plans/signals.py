from django.db.models.signals import post_save
from django.dispatch import receiver

from plans.groups import grant_plan_rights
from plans.models import PlanPage


@receiver(post_save, sender=PlanPage)
def new_plan_gets_its_municipality_rights(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_plan_rights(instance)
