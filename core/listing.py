"""List pages: one paging rule for every list, and django-filter lists with counts and a 400
on bad input."""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import ListView

# The one text of a 404 for a page number a list does not have (shown by templates/404.html).
PAGE_OUT_OF_RANGE = gettext_lazy("This list has no page with this number.")


def paginate(request, items, per_page: int, page_kwarg: str = "page") -> dict:
    """The page of `items` that `?page=` asks for ("last" for the last), as template context.

    A number the list does not have, or a value that is no number, is a 404 whose text is
    PAGE_OUT_OF_RANGE in the page's language.
    """
    paginator = Paginator(items, per_page)
    number = request.GET.get(page_kwarg) or 1
    if number == "last":
        number = paginator.num_pages
    try:
        page = paginator.page(number)
    except InvalidPage:
        raise Http404(gettext(PAGE_OUT_OF_RANGE)) from None
    return {
        "paginator": paginator,
        "page_obj": page,
        "is_paginated": page.has_other_pages(),
        "object_list": page.object_list,
    }


class PaginatedMixin:
    """A ListView's pagination through `paginate` (same 404 text as every other list)."""

    def paginate_queryset(self, queryset, page_size):
        paged = paginate(self.request, queryset, page_size, self.page_kwarg)
        return paged["paginator"], paged["page_obj"], paged["object_list"], paged["is_paginated"]


class FilteredListView(PaginatedMixin, ListView):
    """A ListView whose queryset is narrowed by `filterset_class`.

    Filters combine and come from the querystring, so every filtered list is a
    shareable URL. Values the filter form refuses produce the page with the
    form's messages and status 400 instead of a silently wrong list.
    """

    filterset_class = None
    paginate_by = settings.PAGINATE_BY
    max_querystring_length = 2000

    def get_base_queryset(self):
        return super().get_queryset()

    def get(self, request, *args, **kwargs):
        self.filterset = self.filterset_class(
            request.GET or None, queryset=self.get_base_queryset(), request=request
        )
        too_long = len(request.META.get("QUERY_STRING", "")) > self.max_querystring_length
        self.filter_is_valid = not too_long and (
            not self.filterset.is_bound or self.filterset.is_valid()
        )
        response = super().get(request, *args, **kwargs)
        if not self.filter_is_valid:
            response.status_code = 400
        return response

    def get_queryset(self):
        if not self.filter_is_valid:
            return self.filterset.queryset.none()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        filters = self.filterset.filters
        context.update(
            filter=self.filterset,
            filter_is_valid=self.filter_is_valid,
            filter_errors=self.filter_errors(),
            querystring_without_page=query.urlencode(),
            active_filter_count=sum(
                1
                for name, values in query.lists()
                for value in values
                if value and name in filters and name != "sort"
            ),
        )
        facets = getattr(self.filterset, "facets", None)
        if facets is not None:
            context["facets"] = facets() if self.filter_is_valid else []
            context["chips"] = (
                self.filterset.chips(context["facets"]) if self.filter_is_valid else []
            )
            form = self.filterset.form
            context["plain_fields"] = [form[name] for name in self.filterset.plain_filter_names]
            context["facet_hidden"] = [
                (name, value)
                for name, values in self.request.GET.lists()
                if name in self.filterset.facet_names
                for value in values
            ]
        if "sort" in filters:
            context["sort_choices"] = filters["sort"].extra["choices"]
            context["current_sort"] = (
                self.request.GET.get("sort") or filters["sort"].extra["choices"][0][0]
            )
            context["sort_form_hidden"] = [
                (name, value)
                for name, values in self.request.GET.lists()
                if name in filters and name != "sort"
                for value in values
            ]
        return context

    def filter_errors(self) -> list[tuple[str, list[str]]]:
        """Readable messages for every refused filter value."""
        if self.filter_is_valid:
            return []
        if len(self.request.META.get("QUERY_STRING", "")) > self.max_querystring_length:
            return [("", [gettext("The address of this list is too long.")])]
        form = self.filterset.form
        return [
            (str(form.fields[name].label) if name in form.fields else "", list(messages))
            for name, messages in form.errors.items()
        ]
