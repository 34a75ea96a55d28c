import pytest
from django.utils import timezone

from cooperation.models import ContactRequest, CooperationPost
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    KeyFigureFactory,
    MembershipFactory,
    NetworkFactory,
    ProgrammeItemFactory,
    RegionFactory,
    RegistrationFactory,
    SectorFactory,
    StudyTripFactory,
    days_from_today,
)

PRIVATE_ADDRESSES = (
    "registrant@example.org",
    "post-author@example.org",
    "contact-request@example.org",
    "case-contact@example.org",
)


@pytest.fixture
def directory(db):
    """One public object of each kind, hidden ones beside them, and people's addresses."""
    region = RegionFactory(nuts3_code="AT112", name_de="Nordburgenland", name_hu="Észak-Burgenland")
    sector = SectorFactory(nace_code="C28", name_de="Maschinenbau", name_hu="Gépgyártás")
    company = CompanyFactory(
        name="Pannonia Metall GmbH",
        slug="pannonia-metall",
        region=region,
        email="office@pannonia-metall.example",
        show_email=True,  # printed on its page by its own choice
        street="Industriestraße 4",
    )
    company.sectors.add(sector)
    hidden_company = CompanyFactory(name="Verborgen GmbH", slug="verborgen", is_published=False)
    network = NetworkFactory(name_de="Netzwerk Nord", name_hu="Északi hálózat", coordinator=company)
    network.regions.add(region)
    MembershipFactory(company=company, network=network)
    MembershipFactory(company=hidden_company, network=network)
    instrument = InstrumentFactory(code="joint-training", name_de="Gemeinsame Ausbildung")
    case = GoodPracticeFactory(
        title_de="Lehrlingsaustausch",
        title_hu="Tanulócsere",
        lead_organisation=company,
        contact_name="Erika Muster",
        contact_email="case-contact@example.org",
    )
    case.regions.add(region)
    case.sectors.add(sector)
    case.instruments.add(instrument)
    case.networks.add(network)
    KeyFigureFactory(case=case, value="40", label_de="Lehrlinge", label_hu="tanuló")
    draft_case = GoodPracticeFactory(title_de="Entwurf", status="draft")
    trip = StudyTripFactory(
        title_de="Reise nach Dresden", title_hu="Út Drezdába", organiser=company
    )
    ProgrammeItemFactory(trip=trip, title_de="Besuch im Cluster", title_hu="Klaszterlátogatás")
    draft_trip = StudyTripFactory(title_de="Geheime Reise", is_published=False)
    RegistrationFactory(trip=trip, email="registrant@example.org", name="Rita Registrant")
    post = CooperationPost.objects.create(
        kind="offer",
        cooperation_type="supplier",
        title="Lohnfertigung",
        text="Freie Kapazitäten.",
        sector=sector,
        region=region,
        languages=["de"],
        company="Pannonia Metall GmbH",
        contact_name="Paul Poster",
        contact_email="post-author@example.org",
        expires_on=days_from_today(30),
        confirmed_at=timezone.now(),
        status="approved",
        consent_at=timezone.now(),
        consent_version="2026-11",
    )
    ContactRequest.objects.create(
        kind="interest",
        post=post,
        name="Clara Contact",
        email="contact-request@example.org",
        message="Interesse!",
        consent_at=timezone.now(),
        consent_version="2026-11",
    )
    return {
        "region": region,
        "sector": sector,
        "company": company,
        "hidden_company": hidden_company,
        "network": network,
        "instrument": instrument,
        "case": case,
        "draft_case": draft_case,
        "trip": trip,
        "draft_trip": draft_trip,
    }
