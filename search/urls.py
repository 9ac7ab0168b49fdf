from django.urls import path

from search import views

# Inside i18n_patterns: /da/soeg/, /en/search/ and /ar/bahth/ ("بحث", search). Every path answers
# under every language prefix; the page follows the prefix's language, and links use
# views.search_path(language).
page_urlpatterns = [
    path("soeg/", views.search_page, name="search"),
    path("search/", views.search_page, name="search_en"),
    path("bahth/", views.search_page, name="search_ar"),
]

api_urlpatterns = [
    path("api/search/", views.api_search, name="api_search"),
    path("api/search/autocomplete/", views.api_autocomplete, name="api_search_autocomplete"),
]
