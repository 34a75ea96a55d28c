"""A visitor reading an out-of-date translation is told so and led to the original."""

import pytest
from django.utils import translation

from tests.factories import GoodPracticeFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def url(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def test_a_hungarian_reader_of_an_out_of_date_text_gets_the_notice_and_the_german_link(client):
    network = NetworkFactory(description_de="Wir vernetzen.", description_hu="Összekötünk.")
    network.description_de = "Wir vernetzen Betriebe über die Grenze."
    network.save()

    html = client.get(url(network, "hu")).content.decode()
    assert "A szöveg német eredetije frissült (" in html
    assert "), ez a fordítás elavult." in html
    assert f'<a href="{url(network, "de")}" hreflang="de" lang="de">Zum Original</a>' in html

    # the German page shows the current original, as paragraphs, without a notice
    german = client.get(url(network, "de")).content.decode()
    assert "<p>Wir vernetzen Betriebe über die Grenze.</p>" in german
    assert "outdated-notice" not in german


def test_a_german_reader_of_an_out_of_date_case_section_gets_the_notice(client):
    case = GoodPracticeFactory(approach_de="Erst reden.", approach_hu="Előbb beszélgetünk.")
    case.approach_hu = "Előbb meghallgatjuk egymást."
    case.save()

    html = client.get(url(case, "de")).content.decode()
    assert "Das ungarische Original dieses Textes wurde am" in html
    assert "diese Übersetzung ist veraltet." in html
    assert f'<a href="{url(case, "hu")}" hreflang="hu" lang="hu">Az eredeti szöveg</a>' in html
    hungarian = client.get(url(case, "hu")).content.decode()
    assert "<p>Előbb meghallgatjuk egymást.</p>" in hungarian  # rich text stays markup
    assert "outdated-notice" not in hungarian

    # writing the translation removes the notice
    case.approach_de = "Erst einander zuhören."
    case.save()
    assert "outdated-notice" not in client.get(url(case, "de")).content.decode()
