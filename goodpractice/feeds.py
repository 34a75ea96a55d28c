from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from goodpractice.models import GoodPractice
from goodpractice.richtext import plain_text


class LatestCasesFeed(Feed):
    """Atom feed of newly published cases, one per language (under /de/ and /hu/)."""

    feed_type = Atom1Feed
    title = _("Good practice – REGIONET aktív")
    subtitle = _("Newly published good-practice cases of cross-border business cooperation.")

    def link(self):
        return reverse("goodpractice:case-list")

    def feed_url(self):
        return reverse("goodpractice:case-feed")

    def items(self):
        return (
            GoodPractice.objects.public()
            .prefetch_related("instruments")
            .order_by("-published_at", "-pk")[:20]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom sends the summary as type="html": the plain text is escaped once more, so an
        # escaped `&lt;img …&gt;` in a summary reaches readers as text, never as markup.
        return escape(plain_text(item.summary))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return [instrument.name for instrument in item.instruments.all()]
