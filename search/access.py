"""Who may see which search documents. Mirrors Wagtail's page view restrictions."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction

from core.permissions import CENTRE_EDITORS as CENTRE_EDITORS_GROUP


@dataclass(frozen=True)
class Viewer:
    authenticated: bool = False
    editor: bool = False  # superusers and the centre's editors see everything
    group_ids: tuple[int, ...] = field(default_factory=tuple)

    @classmethod
    def anonymous(cls):
        return cls()

    @classmethod
    def for_user(cls, user):
        if user is None or not user.is_authenticated or not user.is_active:
            return cls()
        names = set(user.groups.values_list("name", flat=True))
        ids = tuple(sorted(user.groups.values_list("id", flat=True)))
        return cls(authenticated=True, editor=user.is_superuser or CENTRE_EDITORS_GROUP in names, group_ids=ids)

    def sql(self, alias="d") -> tuple[str, dict]:
        """A WHERE fragment limiting documents to what this viewer may see."""
        if self.editor:
            return "TRUE", {}
        clauses = [f"{alias}.access = 'public'"]
        params = {}
        if self.authenticated:
            clauses.append(f"{alias}.access = 'login'")
        if self.group_ids:
            clauses.append(f"({alias}.access = 'groups' AND {alias}.group_ids && %(viewer_groups)s::int[])")
            params["viewer_groups"] = list(self.group_ids)
        return "(" + " OR ".join(clauses) + ")", params

    def q(self) -> Q:
        """The same limit as sql(), for the ORM (SearchDocument querysets)."""
        if self.editor:
            return Q()
        allowed = Q(access="public")
        if self.authenticated:
            allowed |= Q(access="login")
        if self.group_ids:
            allowed |= Q(access="groups", group_ids__overlap=list(self.group_ids))
        return allowed

    def cache_key(self) -> str:
        return f"{int(self.authenticated)}{int(self.editor)}:{','.join(map(str, self.group_ids))}"


def page_access(page) -> tuple[str, list[int]]:
    """The page's view restrictions (its own and its ancestors') as (access, group_ids)."""
    return _restriction_access(list(
        PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).prefetch_related("groups")
    ))


def _restriction_access(restrictions) -> tuple[str, list[int]]:
    """Page or collection view restrictions (Wagtail's BaseViewRestriction) as (access, group_ids)."""
    if not restrictions:
        return "public", []
    kinds = {r.restriction_type for r in restrictions}
    if BaseViewRestriction.PASSWORD in kinds:
        return "private", []
    group_sets = [set(g.id for g in r.groups.all()) for r in restrictions
                  if r.restriction_type == BaseViewRestriction.GROUPS]
    if group_sets:
        allowed = set.intersection(*group_sets)
        return ("groups", sorted(allowed)) if allowed else ("private", [])
    return "login", []


def collection_access(collection) -> tuple[str, list[int]]:
    """A collection's view restrictions (its own and its ancestors', as Wagtail's document serve
    view applies them) as (access, group_ids)."""
    return _restriction_access(list(
        CollectionViewRestriction.objects.filter(collection__in=collection.get_ancestors(inclusive=True))
        .prefetch_related("groups")
    ))


def hidden_collection_ids(request) -> set[int]:
    """Collections whose documents (and images) this request may not see: the ones with a view
    restriction (own or inherited) that the request does not pass, exactly as Wagtail's document
    serve view decides (`restriction.accept_request`)."""
    restrictions = list(CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups"))
    hidden = set()
    for restriction in restrictions:
        if not restriction.accept_request(request):
            hidden.update(restriction.collection.get_descendants(inclusive=True).values_list("id", flat=True))
    return hidden
