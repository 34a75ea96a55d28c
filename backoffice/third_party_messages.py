"""Admin texts that the installed packages' own catalogs lack in German or Hungarian.

django-import-export has no Hungarian catalog; Django 6.1's admin has a few new texts that
its German and Hungarian catalogs do not translate yet.

`makemessages` collects these msgids into our catalogs; since LOCALE_PATHS comes before
the packages' catalogs, the import and export pages then read German and Hungarian too.
The strings must stay exactly as the package writes them.
"""

from django.utils.translation import gettext_noop as _

IMPORT_EXPORT = [
    _("Import"),
    _("Export"),
    _("Submit"),
    _("Errors"),
    _("Line number"),
    _("Some rows failed to validate"),
    _(
        "Please correct these errors in your data where possible, then reupload it using "
        "the form above."
    ),
    _("Row"),
    _("Non field specific"),
    _("Preview"),
    _("New"),
    _("Skipped"),
    _("Update"),
    _("Confirm import"),
    _(
        "Below is a preview of data to be imported. If you are satisfied with the results, "
        "click 'Confirm import'"
    ),
    _("This importer will import the following fields: "),
    _("This exporter will export the following fields: "),
    _("Select all"),
    _("Resource"),
    _("Format"),
    _("File to import"),
    _("Import finished: {} new, {} updated, {} deleted and {} skipped {}."),
    _("No valid data to import. Ensure your file has the correct headers or data for import."),
    _(
        "%(exc_name)s encountered while trying to read file. "
        "Ensure you have chosen the correct format for the file."
    ),
    _("Export selected %(verbose_name_plural)s"),
]

DJANGO_ADMIN = [
    _("Run"),
    _("- Select an option -"),
    _("Filter by %(field_name)s"),
    _("Search %(name)s"),
    _("Pagination %(name)s"),
    _(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? "
        "All of the following related items will be deleted:"
    ),
    _(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    ),
    _(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of "
        "objects:"
    ),
]
