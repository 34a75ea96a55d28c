"""List pages with django-filter: combined filters, counts, pagination and a 400 on bad input."""

from django.conf import settings
from django.views.generic import ListView


class FilteredListView(ListView):
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
        context.update(
            filter=self.filterset,
            filter_is_valid=self.filter_is_valid,
            querystring_without_page=query.urlencode(),
            active_filter_count=sum(
                1 for name, value in query.items() if value and name in self.filterset.filters
            ),
        )
        return context
