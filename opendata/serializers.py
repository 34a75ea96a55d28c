"""What the API tells about each public object: ids, both languages, addresses, no people."""

from rest_framework import serializers

from goodpractice.models import GoodPractice, Instrument, KeyFigure
from network.models import Company, Network, Region, Sector
from opendata.fields import PageUrlsField, TranslatedField
from studytrips.models import ProgrammeItem, StudyTrip


class RegionSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="nuts3_code", help_text="NUTS-3 code (NUTS 2021)")
    name = TranslatedField()

    class Meta:
        model = Region
        fields = ["id", "code", "country", "name", "latitude", "longitude"]


class SectorSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="nace_code", help_text="NACE Rev. 2.1 code")
    nace_rev2_code = serializers.CharField(help_text="The former NACE Rev. 2 code, if any")
    name = TranslatedField()

    class Meta:
        model = Sector
        fields = ["id", "code", "nace_rev2_code", "name"]


class InstrumentSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()
    url = PageUrlsField()

    class Meta:
        model = Instrument
        fields = ["id", "code", "name", "description", "url"]


class CodeAndNameSerializer(serializers.Serializer):
    """A related region, sector or instrument, by its code."""

    code = serializers.CharField()
    name = TranslatedField()


class RegionRefSerializer(CodeAndNameSerializer):
    code = serializers.CharField(source="nuts3_code")


class SectorRefSerializer(CodeAndNameSerializer):
    code = serializers.CharField(source="nace_code")


class CompanyRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class NetworkRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = TranslatedField()


class AddressSerializer(serializers.Serializer):
    street = serializers.CharField()
    postal_code = serializers.CharField()
    city = serializers.CharField()
    country = serializers.CharField()


class CompanySerializer(serializers.ModelSerializer):
    description = TranslatedField()
    region = RegionRefSerializer(allow_null=True)
    sectors = SectorRefSerializer(many=True)
    address = AddressSerializer(source="*")
    networks = serializers.SerializerMethodField()
    email = serializers.SerializerMethodField()
    url = PageUrlsField()

    class Meta:
        model = Company
        fields = [
            "id",
            "slug",
            "name",
            "kind",
            "description",
            "region",
            "sectors",
            "address",
            "website",
            "email",
            "phone",
            "size_band",
            "founded_year",
            "latitude",
            "longitude",
            "networks",
            "url",
            "updated",
        ]

    def get_email(self, company) -> str:
        """The address only where the company's page prints it (its own choice)."""
        return company.email if company.show_email else ""

    def get_networks(self, company) -> list[int]:
        """The networks the company is a member of (ids)."""
        return sorted(membership.network_id for membership in company.memberships.all())


class NetworkSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()
    regions = RegionRefSerializer(many=True)
    coordinator = serializers.SerializerMethodField()
    members = serializers.SerializerMethodField()
    url = PageUrlsField()

    class Meta:
        model = Network
        fields = [
            "id",
            "name",
            "kind",
            "description",
            "regions",
            "coordinator",
            "parent",
            "members",
            "website",
            "founded_year",
            "url",
            "updated",
        ]

    def get_coordinator(self, network) -> int | None:
        """The coordinating member company (id), when it is published."""
        coordinator = network.coordinator
        return coordinator.pk if coordinator and coordinator.is_published else None

    def get_members(self, network) -> list[int]:
        """The published member companies (ids)."""
        return sorted(
            membership.company_id
            for membership in network.memberships.all()
            if membership.company.is_published
        )


class KeyFigureSerializer(serializers.ModelSerializer):
    label = TranslatedField()

    class Meta:
        model = KeyFigure
        fields = ["value", "label"]


class CaseSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    summary = TranslatedField()
    challenge = TranslatedField()
    approach = TranslatedField()
    results = TranslatedField()
    transferability = TranslatedField()
    resources = TranslatedField()
    countries = serializers.ListField(child=serializers.CharField())
    regions = RegionRefSerializer(many=True)
    sectors = SectorRefSerializer(many=True)
    instruments = CodeAndNameSerializer(many=True)
    networks = NetworkRefSerializer(many=True)
    lead_organisation = serializers.SerializerMethodField()
    study_trip = serializers.SerializerMethodField()
    key_figures = KeyFigureSerializer(many=True)
    url = PageUrlsField()

    class Meta:
        model = GoodPractice
        fields = [
            "id",
            "title",
            "summary",
            "challenge",
            "approach",
            "results",
            "transferability",
            "resources",
            "start_year",
            "end_year",
            "countries",
            "regions",
            "sectors",
            "instruments",
            "networks",
            "lead_organisation",
            "study_trip",
            "key_figures",
            "published_at",
            "url",
            "updated",
        ]

    def get_lead_organisation(self, case) -> int | None:
        """The lead organisation (company id), when it is published."""
        lead = case.lead_organisation
        return lead.pk if lead and lead.is_published else None

    def get_study_trip(self, case) -> int | None:
        """The study trip the case was presented on (id), when it is published."""
        trip = case.study_trip
        return trip.pk if trip and trip.is_published else None


class ProgrammeItemSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    description = TranslatedField()
    host = serializers.SerializerMethodField()

    class Meta:
        model = ProgrammeItem
        fields = [
            "day",
            "start_time",
            "end_time",
            "kind",
            "title",
            "description",
            "host",
            "location",
        ]

    def get_host(self, item) -> int | None:
        """The host company (id), when it is published."""
        return item.host_id if item.host and item.host.is_published else None


class TripSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    theme = TranslatedField()
    summary = TranslatedField()
    report = TranslatedField()
    destination = TranslatedField()
    organiser = serializers.SerializerMethodField()
    hosts = serializers.SerializerMethodField()
    programme = ProgrammeItemSerializer(source="programme_items", many=True)
    url = PageUrlsField()

    class Meta:
        model = StudyTrip
        fields = [
            "id",
            "title",
            "theme",
            "summary",
            "report",
            "destination",
            "country",
            "start_date",
            "end_date",
            "organiser",
            "hosts",
            "funding_programme",
            "project_number",
            "participant_count",
            "programme",
            "url",
            "updated",
        ]

    def get_organiser(self, trip) -> int | None:
        """The organising company (id), when it is published."""
        organiser = trip.organiser
        return organiser.pk if organiser and organiser.is_published else None

    def get_hosts(self, trip) -> list[int]:
        """The published host companies (ids)."""
        return sorted(host.pk for host in trip.hosts.all() if host.is_published)
