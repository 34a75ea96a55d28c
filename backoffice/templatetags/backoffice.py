from urllib.parse import urlencode

from django import template
from django.contrib import admin
from django.urls import reverse

from backoffice.scope import scope_for
from backoffice.translation_status import TranslationStatusMixin, overview_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_overview(context) -> list[dict]:
    """Per translated content type the user may view (an editor: their partner's), the
    published objects lacking a text or with an out-of-date text, per language."""
    request = context.get("request")
    if request is None or not request.user.is_active:
        return []
    scope = scope_for(request.user)
    rows = []
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, TranslationStatusMixin):
            continue
        if not model_admin.has_view_or_change_permission(request):
            continue
        queryset = model_admin.published_objects(scope.filter(model._default_manager.all()))
        counts = overview_counts(queryset)
        info = (model._meta.app_label, model._meta.model_name)
        changelist = reverse(f"admin:{info[0]}_{info[1]}_changelist")

        def filtered(
            language, kind="missing", published=model_admin.published_filter, base=changelist
        ):
            return f"{base}?{urlencode({**published, kind: language})}"

        rows.append(
            {
                "key": f"{info[0]}-{info[1]}",
                "name": model._meta.verbose_name_plural,
                "changelist_url": changelist,
                "total": counts["total"],
                "missing_hu": counts["missing_hu"],
                "missing_de": counts["missing_de"],
                "missing_hu_url": filtered("hu"),
                "missing_de_url": filtered("de"),
                "outdated_hu": counts["outdated_hu"],
                "outdated_de": counts["outdated_de"],
                "outdated_hu_url": filtered("hu", "outdated"),
                "outdated_de_url": filtered("de", "outdated"),
            }
        )
    return sorted(rows, key=lambda row: str(row["name"]).casefold())
