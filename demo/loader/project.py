"""Everything the demo loader uses from the project's own apps, imported in this one place: when
code moves between apps, only this file changes."""

from concern.models import ConcernPage
from contacts.models import ContactPoint, InfohusContact
from core.i18n import ensure_locale_sync
from guidance.models import GuideChapterPage, GuideIndexPage, KnowledgeIndexPage, KnowledgePage, SignsOfConcernPage
from guidance.snippets import ConceptElement, SignOfConcern, TextBlock
from home.models import ContentPage, HomePage
from overview.models import PlanOverviewPage
from places.models import Municipality, PoliceDistrict
from plans.groups import ensure_groups
from plans.models import PlanIndexPage, PlanPage
from plans.privacy import set_staff_only
from search import documents as search_documents
from search.defaults import ensure_promotions as ensure_search_promotions

__all__ = [
    "ConceptElement", "ConcernPage", "ContactPoint", "ContentPage", "GuideChapterPage", "GuideIndexPage",
    "HomePage", "InfohusContact", "KnowledgeIndexPage", "KnowledgePage", "Municipality", "PlanIndexPage",
    "PlanOverviewPage", "PlanPage", "PoliceDistrict", "SignOfConcern", "SignsOfConcernPage", "TextBlock",
    "ensure_groups", "ensure_locale_sync", "ensure_search_promotions", "search_documents", "set_staff_only",
]
