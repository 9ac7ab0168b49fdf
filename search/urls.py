from django.urls import path

from search import views

# Inside i18n_patterns: /da/soeg/ and /en/search/ (both names answer in both languages).
page_urlpatterns = [
    path("soeg/", views.search_page, name="search"),
    path("search/", views.search_page, name="search_en"),
]

api_urlpatterns = [
    path("api/search/", views.api_search, name="api_search"),
    path("api/search/autocomplete/", views.api_autocomplete, name="api_search_autocomplete"),
]
