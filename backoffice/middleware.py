"""The admin in the editor's language: the one chosen in the admin, else their profile's."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property

from backoffice.models import EditorProfile

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class AdminLanguageMiddleware:
    """For /admin/: apply the profile's language when the browser has not chosen one.

    Choosing a language in the admin header posts to Django's `set_language` view, which
    sets the language cookie; this middleware also stores that choice in the editor's
    profile, so it follows the editor to another browser.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self) -> str:
        return reverse("admin:index")

    @cached_property
    def set_language_path(self) -> str:
        return reverse("set_language")

    def __call__(self, request):
        in_admin = request.path.startswith(self.admin_prefix)
        choosing = request.method == "POST" and request.path == self.set_language_path
        user = getattr(request, "user", None)
        profile = None
        if (in_admin or choosing) and user is not None and user.is_authenticated:
            profile = EditorProfile.objects.filter(user=user).only("language").first()
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if in_admin and profile and profile.language in LANGUAGE_CODES:
            if cookie not in LANGUAGE_CODES:
                translation.activate(profile.language)
                request.LANGUAGE_CODE = profile.language
        response = self.get_response(request)
        language = request.POST.get("language") if choosing else None
        if (
            profile is not None
            and language in LANGUAGE_CODES
            and language != profile.language
            and response.status_code in (302, 204)
        ):
            profile.language = language
            profile.save(update_fields=["language"])
        return response
