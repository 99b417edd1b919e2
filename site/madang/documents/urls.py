from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path(
        "registration/<str:token>/documents/<slug:kind>.pdf",
        views.download,
        name="download",
    ),
]
