"""One place registers the admin: every project ModelAdmin once, with the mixins it needs."""

import pytest
from django.contrib import admin
from django.urls import reverse

from backoffice import admin as backoffice_admin
from backoffice.admin_mixins import PartnerScopedAdmin, PartnerScopedInline, ReviewAdminMixin
from backoffice.history import HistoryInReaderLanguageMixin as HISTORY
from backoffice.translation_admin import TranslationAdminMixin
from backoffice.translation_status import TranslationStatusMixin

SCOPE, REVIEW, TRANSLATION = PartnerScopedAdmin, ReviewAdminMixin, TranslationStatusMixin

# Every model of the project apps that has an admin, and the mixins it must have.
EXPECTED = {
    "core.Page": {TRANSLATION},
    "core.SlugRedirect": set(),
    "network.Region": {TRANSLATION},
    "network.Sector": {TRANSLATION},
    "network.Company": {SCOPE, TRANSLATION},
    "network.Network": {SCOPE, TRANSLATION},
    "network.Membership": {SCOPE},
    "studytrips.StudyTrip": {SCOPE, REVIEW, TRANSLATION},
    "studytrips.Registration": {SCOPE},
    "goodpractice.Instrument": {TRANSLATION},
    "goodpractice.GoodPractice": {SCOPE, REVIEW, TRANSLATION},
    "cooperation.CooperationPost": set(),
    "cooperation.ContactRequest": set(),
    "cooperation.Cooperation": set(),
    "cooperation.TripFollowUp": set(),
}
PUBLISHED_FILTERS = {
    "core.Page": {"is_published__exact": "1"},
    "network.Company": {"is_published__exact": "1"},
    "network.Network": {},
    "network.Region": {},
    "studytrips.StudyTrip": {"status__exact": "published"},
    "goodpractice.GoodPractice": {"status__exact": "published"},
}
CONTENT_APPS = {"core", "network", "studytrips", "goodpractice", "cooperation"}


def registered():
    return {
        model._meta.label: model_admin
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in CONTENT_APPS
    }


def app_admins():
    return {
        model._meta.label: app_admin
        for module in backoffice_admin.APP_ADMINS
        for model, app_admin in module.MODEL_ADMINS.items()
    }


def test_every_app_admin_is_registered_once_by_the_back_office():
    assert set(registered()) == set(EXPECTED)
    assert set(app_admins()) == set(EXPECTED)
    for label, model_admin in registered().items():
        composed = type(model_admin)
        assert composed.__module__ == "backoffice.admin", label
        assert issubclass(composed, app_admins()[label]), label
        # Django would refuse a second registration; none happens in the app modules.
        assert app_admins()[label].__module__ != "backoffice.admin"


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_each_admin_has_the_mixins_its_model_needs(label):
    model_admin = registered()[label]
    present = {mixin for mixin in (SCOPE, REVIEW, TRANSLATION) if isinstance(model_admin, mixin)}
    assert present == EXPECTED[label]
    if SCOPE in present:
        assert all(issubclass(inline, PartnerScopedInline) for inline in model_admin.inlines)
    if label in PUBLISHED_FILTERS:
        assert model_admin.published_filter == PUBLISHED_FILTERS[label]


def settings_of(classes) -> dict[str, object]:
    """The plain settings (lists, strings, …) the given classes define themselves."""
    found = {}
    for klass in classes:
        for name, value in vars(klass).items():
            if not name.startswith("_") and not callable(value) and not isinstance(value, property):
                found.setdefault(name, value)
    return found


@pytest.mark.parametrize("label", sorted(EXPECTED))
def test_the_back_office_overrides_no_setting_of_an_app_admin(label):
    composed = type(registered()[label])
    app_admin = app_admins()[label]
    project = tuple(f"{app}." for app in CONTENT_APPS)
    app_settings = settings_of(k for k in app_admin.__mro__ if k.__module__.startswith(project))
    front = [k for k in composed.__mro__ if k not in app_admin.__mro__]
    overridden = set(settings_of(front)) & set(app_settings)
    assert overridden <= {"inlines", "actions"}
    if "inlines" in overridden:  # only wrapped in the partner scope, in the same order
        assert [inline.__mro__[2] for inline in composed.inlines] == list(app_admin.inlines)
    if "actions" in overridden:  # only extended
        assert composed.actions[: len(app_admin.actions)] == list(app_admin.actions)


def test_compose_gives_a_new_model_the_mixins_by_rule():
    """A model that an app adds to MODEL_ADMINS gets its mixins without further code."""
    from network.admin import SectorAdmin
    from studytrips.models import StudyTrip

    composed = backoffice_admin.compose(StudyTrip, SectorAdmin)
    assert composed.__mro__[1:6] == (SCOPE, REVIEW, TranslationAdminMixin, TRANSLATION, HISTORY)
    assert composed.published_filter == {"status__exact": "published"}


@pytest.mark.django_db
def test_the_admin_site_has_the_portal_titles(admin_client):
    html = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "REGIONET aktív – Redaktion" in html
    assert "Inhalte des Portals" in html


def test_the_user_admin_shows_the_editor_profile():
    model_admin = next(
        model_admin
        for model, model_admin in admin.site._registry.items()
        if model._meta.label == "auth.User"
    )
    assert "UserEditorProfileInline" in {inline.__name__ for inline in model_admin.inlines}
