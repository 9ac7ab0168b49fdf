from django.urls import path

from intranet import views

urlpatterns = [
    path("intranet/v1/<str:lang>/<slug:slug>/", views.plan_json, name="intranet_plan"),
    path("intranet/v1/<str:lang>/<slug:slug>/fragment/", views.plan_fragment, name="intranet_plan_fragment"),
    path("intranet/v1/<str:lang>/<slug:slug>/embed/", views.plan_embed, name="intranet_plan_embed"),
]
