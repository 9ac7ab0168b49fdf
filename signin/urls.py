"""/saml2/…: djangosaml2's endpoints (wrapped in signin.views); the sign-in page is language-prefixed
(config/urls.py)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from signin import views

saml_urlpatterns = [
    path("saml2/login/", views.SamlLoginView.as_view(), name="saml2_login"),
    path("saml2/acs/", views.SamlAcsView.as_view(), name="saml2_acs"),
    path("saml2/metadata/", views.SamlMetadataView.as_view(), name="saml2_metadata"),
]

page_urlpatterns = [
    path("log-ind/", views.SignInView.as_view(), name="signin"),
    path("log-ud/", auth_views.LogoutView.as_view(next_page="/"), name="signout"),
]
