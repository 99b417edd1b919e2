"""Helpers for the organizers' tests in the Wagtail admin: addresses, messages, signing in."""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.users.models import UserProfile


def url(name, *args):
    return reverse(f"registrations_admin:{name}", args=args)


def messages_of(response):
    return [str(m).strip() for m in get_messages(response.wsgi_request)]


def organizer_in(client, language):
    user = get_user_model().objects.create_superuser("desk", "d@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client
