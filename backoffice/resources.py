"""Import and export of member companies, networks and registrations (django-import-export).

Companies are matched on their slug when the file has one, otherwise on their legal name;
regions are given by NUTS-3 code and sectors by NACE codes ("C29, C22"). Every problem is
reported per row and field, and nothing is saved while any row is invalid.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, resources, widgets

from backoffice.scope import scope_for
from network.models import Company, Membership, Network, Region, Sector
from studytrips.forms import PARTICIPANT_FIELDS
from studytrips.models import Registration, StudyTrip


class CodeForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related object by its code; an unknown code is a field error, not a crash."""

    def clean(self, value, row=None, **kwargs):
        value = value.strip() if isinstance(value, str) else value
        if value in (None, ""):
            return None
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            message = _("There is no entry with the code “%(code)s”.") % {"code": value}
            raise ValueError(message) from None


class CodeManyToManyWidget(widgets.ManyToManyWidget):
    """Related objects by comma-separated codes; unknown codes are a field error."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return self.model.objects.none()
        codes = [code.strip() for code in str(value).split(self.separator) if code.strip()]
        found = self.model.objects.filter(**{f"{self.field}__in": codes})
        unknown = sorted(set(codes) - {str(getattr(obj, self.field)) for obj in found})
        if unknown:
            raise ValueError(
                _("There is no entry with the code “%(code)s”.") % {"code": ", ".join(unknown)}
            )
        return found


class CompanyResource(resources.ModelResource):
    region = fields.Field(
        attribute="region",
        column_name="region",
        widget=CodeForeignKeyWidget(Region, field="nuts3_code"),
    )
    sectors = fields.Field(
        attribute="sectors",
        column_name="sectors",
        widget=CodeManyToManyWidget(Sector, field="nace_code", separator=","),
    )

    class Meta:
        model = Company
        fields = (
            "name",
            "slug",
            "kind",
            "description_de",
            "description_hu",
            "region",
            "sectors",
            "street",
            "postal_code",
            "city",
            "country",
            "website",
            "email",
            "phone",
            "size_band",
            "founded_year",
            "latitude",
            "longitude",
            "is_published",
        )
        import_id_fields = ("name",)
        clean_model_instances = True
        use_transactions = True
        skip_unchanged = False

    def __init__(self, *, network: Network | None = None, user=None, **kwargs):
        super().__init__(**kwargs)
        self.network = network
        self.user = user

    def get_instance(self, instance_loader, row):
        """The company with the row's slug, else the one with the row's legal name."""
        slug = str(row.get("slug") or "").strip()
        if slug:
            return Company.objects.filter(slug=slug).first()
        name = str(row.get("name") or "").strip()
        return Company.objects.filter(name__iexact=name).first() if name else None

    def after_init_instance(self, instance, new, row, **kwargs):
        if new or self.user is None:
            return
        if not scope_for(self.user).contains(instance):
            raise ValidationError(
                _(
                    "“%(name)s” already exists and belongs to another partner's content; "
                    "you cannot change it."
                )
                % {"name": instance.name}
            )

    def import_instance(self, instance, row, **kwargs):
        """Also check the many-to-many columns before anything is saved."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)

    def after_save_instance(self, instance, row, **kwargs):
        if self.network is not None:
            Membership.objects.get_or_create(
                company=instance,
                network=self.network,
                defaults={"role": Membership.Role.MEMBER},
            )


class NetworkResource(resources.ModelResource):
    coordinator = fields.Field(
        attribute="coordinator",
        column_name="coordinator",
        widget=widgets.ForeignKeyWidget(Company, field="name"),
    )
    parent = fields.Field(
        attribute="parent",
        column_name="umbrella network",
        widget=widgets.ForeignKeyWidget(Network, field="name_de"),
    )
    regions = fields.Field(
        attribute="regions",
        column_name="regions",
        widget=widgets.ManyToManyWidget(Region, field="nuts3_code", separator=","),
    )
    members = fields.Field(column_name="members", readonly=True)

    class Meta:
        model = Network
        fields = (
            "name_de",
            "name_hu",
            "slug_de",
            "slug_hu",
            "kind",
            "coordinator",
            "parent",
            "regions",
            "members",
            "website",
            "founded_year",
            "description_de",
            "description_hu",
        )

    def dehydrate_members(self, network):
        return network.memberships.count()


class RegistrationResource(resources.ModelResource):
    """Registrations as the organisers read them: headers and values in the page language."""

    trip = fields.Field(
        attribute="trip", column_name="trip", widget=widgets.ForeignKeyWidget(StudyTrip, "title")
    )
    first_day = fields.Field(attribute="trip__start_date", column_name=gettext_lazy("first day"))

    class Meta:
        model = Registration
        fields = (
            "trip",
            "first_day",
            *PARTICIPANT_FIELDS,
            "status",
            "created",
            "consent_at",
            "consent_version",
        )

    def get_export_headers(self, selected_fields=None):
        """The model's (translated) field names, not the machine column names."""
        return [str(self._header(field)) for field in self.get_export_fields(selected_fields)]

    def _header(self, field: fields.Field):
        try:
            return self._meta.model._meta.get_field(field.attribute).verbose_name
        except FieldDoesNotExist:
            return field.column_name

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("trip").order_by("trip__start_date", "trip", "created")

    def dehydrate_first_day(self, registration):
        return f"{registration.trip.start_date:%Y-%m-%d}"

    def dehydrate_preferred_language(self, registration):
        return registration.get_preferred_language_display()

    def dehydrate_needs_interpreting(self, registration):
        return _("yes") if registration.needs_interpreting else _("no")

    def dehydrate_status(self, registration):
        return registration.get_status_display()

    def dehydrate_created(self, registration):
        return local_minute(registration.created)

    def dehydrate_consent_at(self, registration):
        return local_minute(registration.consent_at)


def local_minute(moment) -> str:
    return f"{timezone.localtime(moment):%Y-%m-%d %H:%M}"
