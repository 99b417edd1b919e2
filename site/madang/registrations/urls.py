from django.urls import path

from . import offline, views

app_name = "registrations"

urlpatterns = [
    path("register/<uuid:key>/", views.register, name="register"),
    path("register/<uuid:key>/delegation/", views.register_delegation, name="delegation"),
    path("register/<uuid:key>/thanks/", views.done, name="done"),
    path("registration/confirm/<str:token>/", views.verify, name="verify"),
    path("registration/<str:token>/", views.manage, name="manage"),
    path("registration/<str:token>/change/", views.change, name="change"),
    path("registration/<str:token>/cancel/", views.cancel, name="cancel"),
    path(
        "registration/<str:token>/withdraw-consent/",
        views.withdraw_consent,
        name="withdraw_consent",
    ),
    path("registration/<str:token>/calendar/", views.calendar, name="calendar"),
    path("registration/<str:token>/qr/", views.qr, name="qr"),
    path("registration/<str:token>/manifest.webmanifest", offline.manifest, name="manifest"),
    path("registration/<str:token>/sw.js", offline.service_worker, name="worker"),
]
