from django.urls import path

from . import offline, self_service, views

app_name = "registrations"

urlpatterns = [
    path("register/<uuid:key>/", views.register, name="register"),
    path("register/<uuid:key>/delegation/", views.register_delegation, name="delegation"),
    path("register/<uuid:key>/thanks/", views.done, name="done"),
    path("registration/confirm/<str:token>/", self_service.verify, name="verify"),
    path("registration/<str:token>/", self_service.manage, name="manage"),
    path("registration/<str:token>/change/", self_service.change, name="change"),
    path("registration/<str:token>/cancel/", self_service.cancel, name="cancel"),
    path(
        "registration/<str:token>/withdraw-consent/",
        self_service.withdraw_consent,
        name="withdraw_consent",
    ),
    path("registration/<str:token>/calendar/", self_service.calendar, name="calendar"),
    path("registration/<str:token>/qr/", self_service.qr, name="qr"),
    path("registration/<str:token>/manifest.webmanifest", offline.manifest, name="manifest"),
    path("registration/<str:token>/sw.js", offline.service_worker, name="worker"),
]
