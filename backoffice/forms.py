"""Forms of the back office: the member import asks which network the companies join; the
exchange of texts with translators asks for the language and the file format."""

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from import_export.forms import ConfirmImportForm, ImportForm, SelectableFieldsExportForm

from backoffice import translation_exchange
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


def _target_language() -> forms.ChoiceField:
    return forms.ChoiceField(label=_("Translation into"), choices=settings.LANGUAGES, initial="hu")


class TranslationExportForm(forms.Form):
    language = _target_language()
    format = forms.ChoiceField(
        label=_("File format"),
        choices=[
            ("xliff", _("XLIFF 2.0 (translation tools such as memoQ, Trados, OmegaT)")),
            ("po", _("PO (Poedit and other gettext tools)")),
        ],
        initial="xliff",
    )


class TranslationImportForm(forms.Form):
    """A translated XLIFF 2.0 or PO file of at most 5 MB, in the chosen target language."""

    language = _target_language()
    file = forms.FileField(label=_("Translated file (XLIFF or PO)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > translation_exchange.MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB."), code="too_large")
        try:
            return translation_exchange.read_file(upload.read())
        except translation_exchange.NotATranslationFile:
            raise forms.ValidationError(
                _("This is not an XLIFF 2.0 or PO file."), code="not_a_translation_file"
            ) from None

    def clean(self):
        cleaned = super().clean()
        parsed, language = cleaned.get("file"), cleaned.get("language")
        if parsed is not None and language and parsed.language != language:
            self.add_error(
                "file",
                forms.ValidationError(
                    _("The file's target language is %(found)s, not %(expected)s."),
                    code="wrong_language",
                    params={"found": parsed.language or "–", "expected": language},
                ),
            )
        return cleaned
