"""The site search page: every public kind of content, ranked and highlighted (core.search)."""

from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from cooperation.models import CooperationPost
from core.facets import Chip, Facet, FacetValue
from core.i18n import active_language
from core.listing import paginate
from core.models import Page
from core.search import MAX_QUERY_LENGTH, SearchType, SiteSearch, clean_query
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network
from studytrips.models import StudyTrip

# What the site search finds; the keys are the language-independent values of ?type=.
SEARCH_TYPES = (
    SearchType("case", GoodPractice),
    SearchType("trip", StudyTrip),
    SearchType("network", Network),
    SearchType("company", Company),
    SearchType("post", CooperationPost),
    SearchType("instrument", Instrument),
    SearchType("page", Page),
)


class SearchView(TemplateView):
    """`?q=…&type=…&page=…`: ranked, highlighted results over everything public.

    Bad input never raises: NUL bytes and unknown types answer 400 with a message; an
    empty query, only stop words or only punctuation answer 200 with a message.
    """

    template_name = "regionet/search.html"
    paginate_by = 10

    def get(self, request, *args, **kwargs):
        raw_query = request.GET.get("q", "")
        type_key = request.GET.get("type", "")
        problems = []
        if "\x00" in raw_query or "\x00" in type_key:
            problems.append(_("The search contains characters that are not allowed."))
            raw_query, type_key = raw_query.replace("\x00", ""), ""
        elif type_key and type_key not in {t.key for t in SEARCH_TYPES}:
            problems.append(_("There is no such type of result; please choose one from the list."))
            type_key = ""
        query = clean_query(raw_query)
        context = {
            "query": query,
            "type_key": type_key,
            "search_types": SEARCH_TYPES,
            "problems": problems,
        }
        if not problems and query.tokens:
            search = SiteSearch(query, SEARCH_TYPES, active_language(), type_key)
            paged = paginate(request, search.results, self.paginate_by)
            context.update(
                paged,
                search=search,
                hits=paged["object_list"],
                facets=self.facets(search, query),
                all_types_url="?" + urlencode({"q": query.text}),
                all_types_count=sum(item["count"] for item in search.facets()),
                all_types_capped=any(item["capped"] for item in search.facets()),
            )
            context["chips"] = self.chips(context["facets"])
            context["reset_url"] = context["all_types_url"]
        context["notices"] = self.notices(query, context.get("search"), raw_query, problems)
        status = 400 if problems else 200
        return self.render_to_response(self.get_context_data(**context), status=status)

    def facets(self, search, query) -> list[Facet]:
        """The type facet (core.facets): each type with its count, the chosen one even at 0."""
        values = []
        for item in search.facets():
            key = item["type"].key
            active = key == search.type_key
            if item["count"] or active:
                query_string = {"q": query.text} if active else {"q": query.text, "type": key}
                values.append(
                    FacetValue(
                        key,
                        str(item["type"].plural_label),
                        item["count"],
                        active,
                        "?" + urlencode(query_string),
                        capped=item["capped"],
                    )
                )
        return [Facet("type", _("Type of result"), values)]

    def chips(self, facets: list[Facet]) -> list[Chip]:
        return [
            Chip(facet.label, value.label, value.url)
            for facet in facets
            for value in facet.values
            if value.active
        ]

    def notices(self, query, search, raw_query, problems) -> list[str]:
        notices = []
        if query.truncated:
            notices.append(
                _("Only the first %(count)d characters of your search were used.")
                % {"count": MAX_QUERY_LENGTH}
            )
        if problems:
            return notices
        if not query.tokens:
            if raw_query.strip():
                notices.append(_("Please search for at least one word or number."))
            return notices
        if search.only_stop_words:
            notices.append(
                _("Your search contains only very common words. Please add a more specific word.")
            )
        elif search.total == 0:
            notices.append(
                _("Nothing found for “%(query)s”. Check the spelling or try a more general word.")
                % {"query": query.text}
            )
        elif search.similar_only:
            notices.append(_("Nothing matched exactly; these results have a similar spelling."))
        elif search.any_word:
            notices.append(_("No result contains all of your words; these contain some of them."))
        return notices
