from core.sitemaps import PublicSitemap
from studytrips.models import StudyTrip


class StudyTripSitemap(PublicSitemap):
    model = StudyTrip


sitemaps = {"studytrips": StudyTripSitemap}
