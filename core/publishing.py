"""What the public may see: the review status, the `public()` / `visible_to(user)` pair of
querysets and the detail-page preview built on them.

A base helper: it imports no app, so every app may use it. Object permissions come from
whatever authentication backends the settings name (`user.has_perm(perm, obj)`).
"""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    """draft → in review → published; a publisher may send it back to draft."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


def prefixed(condition: Q, relation: str) -> Q:
    """`condition` written from a model that reaches this one through `relation`."""
    if not relation:
        return condition
    result = condition.copy()
    result.children = [
        prefixed(child, relation) if isinstance(child, Q) else (f"{relation}__{child[0]}", child[1])
        for child in condition.children
    ]
    return result


class PublicQuerySet(models.QuerySet):
    """The one meaning of "public" for a model, and what a given user may see of it.

    `public()` is what anonymous visitors see on every page, list, feed, sitemap, map,
    chart and search result. `visible_to(user)` adds the unpublished objects the user may
    preview: active staff holding the model's view permission, for each object as the
    permission backends decide (an editor: only their own organisation's objects). It asks
    the backends object by object, so narrow the queryset first (a detail page: one row).

    A model with a publishing rule overrides `public_condition()`; by default everything
    is public (regions, sectors, networks, instruments).
    """

    def public_condition(self) -> Q:
        return Q()

    def public_through(self, relation: str) -> Q:
        """The public condition from a related model: `Count("companies", filter=…)`."""
        return prefixed(self.public_condition(), relation)

    def __init__(self, model=None, query=None, using=None, hints=None):
        super().__init__(model, query, using, hints)
        # Every new queryset leaves out the columns no page shows (`unshown_fields`: a
        # searchable model's vectors, read only in the search's SQL), which every list,
        # choice list and admin page would otherwise read for every row.
        unshown = getattr(model, "unshown_fields", ())
        if query is None and unshown:
            self._query.add_deferred_loading(unshown)

    def public(self):
        return self.filter(self.public_condition())

    def select_related(self, *fields):
        """Joined objects leave out their unshown columns too."""
        return without_unshown_fields_of(super().select_related(*fields), *fields)

    def view_permission(self) -> str:
        opts = self.model._meta
        return f"{opts.app_label}.view_{opts.model_name}"

    def visible_to(self, user):
        condition = self.public_condition()
        permission = self.view_permission()
        if not condition:
            return self.all()
        if not (user.is_active and user.is_staff and user.has_perm(permission)):
            return self.filter(condition)
        hidden = self.model._base_manager.filter(pk__in=self.exclude(condition).values("pk"))
        allowed = [obj.pk for obj in hidden if user.has_perm(permission, obj)]
        return self.filter(condition | Q(pk__in=allowed))


def without_unshown_fields_of(queryset, *relations):
    """`queryset` without the unshown columns of the objects joined by
    `select_related(*relations)`."""
    names = []
    for relation in relations:
        if not relation:
            continue
        model = queryset.model
        for part in relation.split("__"):
            model = model._meta.get_field(part).related_model
        names += [f"{relation}__{name}" for name in getattr(model, "unshown_fields", ())]
    return queryset.defer(*names) if names else queryset


class PreviewMixin:
    """DetailView mixin: the object as `visible_to(request.user)` has it, else 404.

    The object is looked up among the public ones first (one query, as for every
    visitor); only when that fails is it looked up among all and shown if the user may
    preview it. A preview is marked in the context and served with noindex and no-store.
    """

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        self.is_preview = False
        try:
            return super().get_object(queryset.public())
        except Http404:
            obj = super().get_object(queryset)
        one = type(obj)._default_manager.filter(pk=obj.pk)
        if not one.visible_to(self.request.user).exists():
            raise Http404("Not public.")
        self.is_preview = True
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = self.is_preview
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context.get("is_preview"):
            response["X-Robots-Tag"] = "noindex, nofollow"
            patch_cache_control(response, private=True, no_store=True)
        return response
