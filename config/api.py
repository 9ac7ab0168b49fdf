"""Wagtail's read-only API v2 at /api/v2/.

Documents and images in a collection with a view restriction the request does not pass (e.g. a
municipality's staff-only collection) are left out of the listings and answer 404, exactly as
Wagtail's document serve view decides (search.access.hidden_collection_ids)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from search.access import hidden_collection_ids


class CollectionRestrictedMixin:
    def get_queryset(self):
        queryset = super().get_queryset()
        hidden = hidden_collection_ids(self.request)
        return queryset.exclude(collection_id__in=hidden) if hidden else queryset


class DocumentsAPI(CollectionRestrictedMixin, DocumentsAPIViewSet):
    pass


class ImagesAPI(CollectionRestrictedMixin, ImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
