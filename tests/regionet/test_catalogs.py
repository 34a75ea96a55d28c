from django.utils import translation

from core import catalogs


def test_german_and_hungarian_catalogs_are_complete():
    assert catalogs.problems() == []


def test_compiled_catalogs_load():
    with translation.override("hu"):
        assert translation.gettext("Skip to content") == "Ugrás a tartalomhoz"
    with translation.override("de"):
        assert translation.gettext("Skip to content") == "Zum Inhalt springen"


def test_djangos_own_messages_appear_in_the_active_language():
    with translation.override("hu"):
        assert (
            translation.gettext("This field is required.") == "Ennek a mezőnek a megadása kötelező."
        )
    with translation.override("de"):
        assert (
            translation.gettext("This field is required.")
            == "Dieses Feld ist zwingend erforderlich."
        )
