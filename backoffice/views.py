"""The admin's "view on site" link, limited to what the user may see in the admin."""

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404


@staff_member_required
def view_on_site(request, content_type_id: int, object_id: str):
    """Redirect to the object's public address only if its admin page would show it.

    Django's own shortcut answers any staff user with the address (and so the slug) of any
    object: another partner's draft, an unconfirmed post. Here the object must be in the
    model admin's queryset for this user (the partner scope) and the user must hold the
    view or change permission for it, as on the change page; otherwise 404.
    """
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
    except ContentType.DoesNotExist:
        raise Http404 from None
    model = content_type.model_class()
    model_admin = admin.site._registry.get(model)
    if model_admin is None:
        raise Http404
    try:
        obj = model_admin.get_queryset(request).filter(pk=object_id).first()
    except (ValueError, TypeError):
        obj = None
    if obj is None or not model_admin.has_view_or_change_permission(request, obj):
        raise Http404
    return shortcut(request, content_type_id, object_id)
