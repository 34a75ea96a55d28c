"""Matches on the cooperation exchange: the public requests that fit an offer, and the other
way round, ranked and explained.

One query finds and ranks them all: the ranking is computed by the database (`Case`/`When`
over the sector codes, an `Exists` over the NUTS-3 neighbour table), so no post is read into
Python unless it is shown.

A match needs the opposite kind, a compatible type and a language both sides speak; where
both posts name a sector, the same NACE section. It ranks by: organisations on both sides of
a border first, then by how close sector and region are (same NACE division, same section;
same NUTS-3 region, neighbouring region), newest first.
"""

from dataclasses import dataclass

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils.translation import gettext as _

from cooperation.fields import SpokenLanguage
from cooperation.models import CooperationPost
from network.models import Country, RegionNeighbour

Type = CooperationPost.Type

# Which types can meet: each type with itself, and the related ones (symmetric).
COMPATIBLE_TYPES = {
    Type.SUPPLIER: {Type.SUPPLIER},
    Type.JOINT_VENTURE: {Type.JOINT_VENTURE, Type.JOINT_PROJECT},
    Type.JOINT_PROJECT: {Type.JOINT_PROJECT, Type.JOINT_VENTURE, Type.KNOWLEDGE},
    Type.KNOWLEDGE: {Type.KNOWLEDGE, Type.JOINT_PROJECT, Type.STUDY_VISIT},
    Type.STUDY_VISIT: {Type.STUDY_VISIT, Type.KNOWLEDGE},
}

SAME_DIVISION, SAME_SECTION = 2, 1
SAME_REGION, NEIGHBOUR_REGION = 2, 1

# How many matches a post page shows, and how many a new post alerts at most.
SHOWN = 5
ALERTED = 50


def nace_division(code: str) -> str:
    """ "C28" of "C28" or "C28.1"; empty for a section alone ("F")."""
    return code[:3] if len(code) >= 3 else ""


def nace_section(code: str) -> str:
    return code[:1]


def fitting_posts(post: CooperationPost):
    """The public posts that fit `post`, annotated and ranked (a queryset: nothing read yet)."""
    candidates = (
        CooperationPost.objects.public()
        .exclude(pk=post.pk)
        .exclude(kind=post.kind)
        .filter(
            cooperation_type__in=COMPATIBLE_TYPES.get(
                post.cooperation_type, {post.cooperation_type}
            )
        )
    )
    spoken = Q()
    for code in post.languages:
        spoken |= Q(languages__contains=code)
    candidates = candidates.filter(spoken) if post.languages else candidates.none()

    sector_level = Value(0)
    if post.sector_id:
        code = post.sector.nace_code
        section = nace_section(code)
        candidates = candidates.filter(
            Q(sector__isnull=True) | Q(sector__nace_code__startswith=section)
        )
        whens = [When(sector__nace_code__startswith=section, then=Value(SAME_SECTION))]
        if division := nace_division(code):
            whens.insert(0, When(sector__nace_code__startswith=division, then=SAME_DIVISION))
        sector_level = Case(*whens, default=Value(0), output_field=IntegerField())

    region_level = cross_border = Value(0)
    if post.region_id:
        neighbours = RegionNeighbour.objects.filter(
            nuts3_code=post.region.nuts3_code, neighbour_code=OuterRef("region__nuts3_code")
        )
        region_level = Case(
            When(region_id=post.region_id, then=Value(SAME_REGION)),
            When(Exists(neighbours), then=Value(NEIGHBOUR_REGION)),
            default=Value(0),
            output_field=IntegerField(),
        )
        cross_border = Case(
            When(Q(region__isnull=False) & ~Q(region__country=post.region.country), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    return (
        candidates.select_related("sector", "region")
        .annotate(sector_level=sector_level, region_level=region_level, cross_border=cross_border)
        .order_by("-cross_border", "-sector_level", "-region_level", "-created", "-pk")
    )


@dataclass
class Match:
    post: CooperationPost
    reasons: list[str]

    @property
    def why(self) -> str:
        return ", ".join(self.reasons)


def language_names(codes) -> str:
    labels = dict(SpokenLanguage.choices)
    return ", ".join(str(labels.get(code, code)) for code in codes)


def reasons(post: CooperationPost, match: CooperationPost) -> list[str]:
    """Why `match` fits `post`, in the active language, from the annotations of the query."""
    why = []
    if match.cross_border:
        countries = dict(Country.choices)
        why.append(
            _("across the border (%(countries)s)")
            % {
                "countries": "–".join(
                    str(countries.get(code, code))
                    for code in (post.region.country, match.region.country)
                )
            }
        )
    if match.sector_level == SAME_DIVISION:
        why.append(_("same sector %(code)s") % {"code": nace_division(match.sector.nace_code)})
    elif match.sector_level == SAME_SECTION:
        why.append(
            _("related sector (NACE section %(section)s)")
            % {"section": nace_section(match.sector.nace_code)}
        )
    if match.region_level == SAME_REGION:
        why.append(_("same region %(region)s") % {"region": match.region.name})
    elif match.region_level == NEIGHBOUR_REGION:
        why.append(_("neighbouring region %(region)s") % {"region": match.region.name})
    common = [code for code in post.languages if code in match.languages]
    why.append(_("both speak %(languages)s") % {"languages": language_names(common)})
    return why


def matches_for(post: CooperationPost, limit: int = SHOWN) -> list[Match]:
    """The best `limit` matches of `post` with their reasons (one query)."""
    return [Match(match, reasons(post, match)) for match in fitting_posts(post)[:limit]]
