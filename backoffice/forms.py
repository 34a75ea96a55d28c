"""Forms of the back office: the member import asks which network the companies join."""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from import_export.forms import ConfirmImportForm, ImportForm, SelectableFieldsExportForm

from network.models import Network


def _network_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Network.objects.none(),
        required=False,
        label=_("Add the companies as members of"),
        help_text=_("Every imported company becomes a member of this network."),
    )


class CompanyImportForm(ImportForm):
    network = _network_field()

    def __init__(self, formats, resources, *, networks, network_required, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["network"].queryset = networks
        self.fields["network"].required = network_required


class CompanyConfirmImportForm(ConfirmImportForm):
    network = _network_field()

    def __init__(self, *, networks, network_required, **kwargs):
        super().__init__(**kwargs)
        self.fields["network"].queryset = networks
        self.fields["network"].required = network_required
        self.fields["network"].widget = forms.HiddenInput()


class TranslatedExportForm(SelectableFieldsExportForm):
    """The export's field checkboxes labelled with the model's (translated) field names."""

    class Media:
        js = ["backoffice/js/export.js"]

    def _get_field_label(self, resource, field_name: str) -> str:
        model = resource._meta.model
        try:
            return capfirst(model._meta.get_field(field_name).verbose_name)
        except (FieldDoesNotExist, AttributeError):
            field = resource.fields.get(field_name)
            if field is not None and field.column_name:
                return capfirst(str(field.column_name))
            return super()._get_field_label(resource, field_name)


class LoginForm(AdminAuthenticationForm):
    """The admin login: an over-long name is a form error, a braked account says so."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "delayed": _(
            "Too many failed logins for this name. Please wait %(seconds)s seconds and try again."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django sets only the widget's maxlength; without a validator a 300-character
        # name reached the lockout table (255 characters) and failed there.
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if getattr(self.request, "login_delayed", False):
                raise ValidationError(
                    self.error_messages["delayed"],
                    code="delayed",
                    params={"seconds": settings.LOGIN_ACCOUNT_DELAY_SECONDS},
                ) from None
            raise
