from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from madang.core import routing
from madang.core import views as core_views
from madang.core.calendar_feed import coming_calendar_view
from madang.core.sitemaps import AllLanguagesSitemap
from madang.news import views as news_views
from madang.registrations import delivery
from madang.search import views as search_views
from madang.security import views as security_views

# Error pages that never read the request body (see madang/core/errors.py).
handler400 = "madang.core.errors.bad_request"
handler403 = "madang.core.errors.permission_denied"
handler404 = "madang.core.errors.page_not_found"
handler500 = "madang.core.errors.server_error"

urlpatterns = [
    # Wagtail's password-only sign-in is replaced by django-allauth's, with a second factor.
    path("admin/login/", security_views.admin_login),
    # Before allauth's own views at the same addresses: they keep where the person was going.
    path("accounts/2fa/totp/activate/", security_views.ActivateSecondFactor.as_view()),
    path("accounts/2fa/recovery-codes/", security_views.RecoveryCodes.as_view()),
    path("accounts/", include("allauth.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own view at the same address: a refused password gets a 4xx.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        core_views.authenticate_document_with_password,
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}),
    path("news/read/<int:page_id>/", news_views.read, name="news_read"),
]

if settings.MAIL_TRACKING:
    urlpatterns += delivery.urlpatterns()

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/calendar/", coming_calendar_view, name="coming_calendar"),
    path("", include("madang.registrations.urls")),
    path("", include("madang.documents.urls")),
    path(
        "translations/<int:page_id>/",
        core_views.translation_fallback,
        name="translation_fallback",
    ),
    # Same pattern as Wagtail's page view, with faster routing (see routing.py). A restricted
    # page's password form posts to Wagtail's own address, served by Wagtail's view wrapped
    # below (a refused password gets a 4xx, core/views.py); Wagtail's password-only
    # sign-in (_util/login/) stays unserved: it would skip the second factor.
    re_path(
        r"^(?!_util/authenticate_with_password/)((?:[\w\-]+/)*)$",
        routing.serve,
        name="wagtail_serve",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        core_views.authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
