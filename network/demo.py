"""Demo content of the network app: small regions, sectors, member companies, networks.

The texts are in `network/demo.toml` (German and Hungarian); this module loads them by
natural key, so `load()` can run any number of times, and draws the logos. The other apps'
demos name its companies and networks by slug and get them from `companies()` and
`networks()`, which create what is missing and leave what exists as it is.
"""

import colorsys
import hashlib
import re
import unicodedata
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from core.demo import NaturalKeys, read, save
from network.models import Company, Membership, Network, Region, Sector

LOGO_SIZE = 256
DATA = read(__file__)
# How the data files name objects of these models; the other apps' demos extend it.
NATURAL_KEYS: NaturalKeys = {
    Region: "nuts3_code",
    Sector: "nace_code",
    Company: "slug",
    Network: "slug_de",
}


def _initials(name: str) -> str:
    """Up to two initials of the capitalised words, in ASCII (Őrségi Vendégház → OV)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [word for word in re.split(r"\W+", ascii_name) if word[:1].isupper()]
    return "".join(word[0] for word in words[:2]) or ascii_name[:1].upper() or "R"


def _logo_png(initials: str, seed: str) -> bytes:
    """A square PNG with the initials in white on a colour chosen by `seed`."""
    hue = hashlib.sha256(seed.encode()).digest()[0] / 255
    colour = tuple(round(part * 255) for part in colorsys.hls_to_rgb(hue, 0.38, 0.55))
    image = Image.new("RGB", (LOGO_SIZE, LOGO_SIZE), colour)
    font = ImageFont.load_default(size=96)
    centre = (LOGO_SIZE / 2, LOGO_SIZE / 2)
    ImageDraw.Draw(image).text(centre, initials, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _ensure_logo(obj: Company | Network, slug: str, name: str) -> None:
    if not obj.logo:
        png = _logo_png(_initials(name), slug)
        obj.logo.save(f"{slug}.png", ContentFile(png), save=True)


def load_taxonomies() -> tuple[dict[str, Region], dict[str, Sector]]:
    """Create or update the demo regions and sectors; returns them by NUTS-3 and NACE code.

    The other apps' demos use these, so every demo refers to the same regions and sectors.
    """
    regions = {row["nuts3_code"]: save(Region, row, key="nuts3_code")[0] for row in DATA["regions"]}
    sectors = {row["nace_code"]: save(Sector, row, key="nace_code")[0] for row in DATA["sectors"]}
    return regions, sectors


def taxonomies() -> tuple[dict[str, Region], dict[str, Sector]]:
    """The demo regions and sectors by code, created first only when some are missing."""
    regions = Region.objects.in_bulk(field_name="nuts3_code")
    sectors = Sector.objects.in_bulk(field_name="nace_code")
    if {row["nuts3_code"] for row in DATA["regions"]} <= regions.keys() and {
        row["nace_code"] for row in DATA["sectors"]
    } <= sectors.keys():
        return regions, sectors
    return load_taxonomies()


def _company(row: dict, create_only: bool = False) -> Company:
    """A member company: website and e-mail are made from its slug, its logo is drawn."""
    slug = row["slug"]
    values = {
        "website": f"https://www.example.com/{slug}/",
        "email": f"{slug}@example.org",
        "is_published": True,
        **row,
    }
    company, created = save(
        Company, values, key="slug", natural_keys=NATURAL_KEYS, create_only=create_only
    )
    if created or not create_only:
        _ensure_logo(company, slug, company.name)
    return company


def _network(row: dict, create_only: bool = False) -> Network:
    """A network with its logo and, unless `create_only`, its memberships."""
    values = {"parent": None, **{name: value for name, value in row.items() if name != "members"}}
    network, created = save(
        Network, values, key="slug_de", natural_keys=NATURAL_KEYS, create_only=create_only
    )
    if created or not create_only:
        _ensure_logo(network, network.slug_de, network.name_de)
    if not create_only:
        for member in row["members"]:
            values = {**member, "network": network}
            save(Membership, values, key=("company", "network"), natural_keys=NATURAL_KEYS)
    return network


def companies(*slugs: str) -> dict[str, Company]:
    """The named companies of the demo; those missing are created from the data file."""
    members = {row["slug"]: row for row in DATA["companies"]}
    organisations = {row["slug"]: row for row in DATA["organisations"]}
    taxonomies()  # a company's region and sectors
    found = {}
    for slug in slugs:
        if slug in members:
            found[slug] = _company(members[slug], create_only=True)
        else:
            found[slug] = save(Company, organisations[slug], key="slug", create_only=True)[0]
    return found


def networks(*slugs: str) -> dict[str, Network]:
    """The named networks (German slugs); those missing are created, without members."""
    rows = {row["slug_de"]: row for row in DATA["networks"]}
    found = {}
    for slug in slugs:
        row = rows[slug]
        companies(row["coordinator"])
        if row.get("parent"):
            networks(row["parent"])
        found[slug] = _network(row, create_only=True)
    return found


def load() -> None:
    """Create or update the network app's demo content in German and Hungarian.

    A second run changes nothing but the texts and creates no duplicates; logos are drawn
    only where missing.
    """
    load_taxonomies()
    for row in DATA["companies"]:
        _company(row)
    for row in DATA["organisations"]:
        save(Company, row, key="slug")
    for row in DATA["networks"]:
        _network(row)
