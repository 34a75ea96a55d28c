"""Import and export of member companies, networks and registrations (django-import-export).

Companies are matched on their slug when the file has one, otherwise on their legal name;
regions are given by NUTS-3 code and sectors by NACE codes ("C29, C22"). Every problem is
reported per row and field, and nothing is saved while any row is invalid.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from backoffice.scope import scope_for
from network.models import Company, Membership, Network, Region, Sector
from studytrips.models import Registration


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
    trip = fields.Field(
        attribute="trip",
        column_name="study trip",
        widget=widgets.ForeignKeyWidget("studytrips.StudyTrip", field="title_de"),
    )
    first_day = fields.Field(attribute="trip__start_date", column_name="first day")

    class Meta:
        model = Registration
        fields = (
            "trip",
            "first_day",
            "name",
            "email",
            "organisation",
            "phone",
            "preferred_language",
            "needs_interpreting",
            "status",
            "created",
            "consent_at",
            "consent_version",
        )

    def get_queryset(self):
        return super().get_queryset().select_related("trip")
