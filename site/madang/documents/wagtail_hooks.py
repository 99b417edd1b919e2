from wagtail import hooks

from . import admin_views


@hooks.register("register_admin_urls")
def register_documents_admin_urls():
    return admin_views.urlpatterns()
