from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from wagtail.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from search import urls as search_urls
from intranet import urls as intranet_urls
from signin import urls as signin_urls

from ops import views as ops_views

handler500 = "ops.views.server_error"  # a database outage becomes the friendly 503 page

urlpatterns = [
    path("healthz", ops_views.healthz, name="healthz"),
    path("readyz", ops_views.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap),
    *search_urls.api_urlpatterns,
    *signin_urls.saml_urlpatterns,
    *intranet_urls.urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Language-prefixed URLs: /da/, /en/, /ar/. Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    *search_urls.page_urlpatterns,
    *signin_urls.page_urlpatterns,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
