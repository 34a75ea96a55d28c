"""Local development: mail to the console, static files straight from the source folders.

`DJANGO_DEBUG` switches Django's debug pages on (the default for `manage.py runserver`).
`make run` serves the demo with it off, so visitors get the portal's own 404/400/500 pages
in their language, as in production; whitenoise then serves the static files from the
source folders without `collectstatic`.
"""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
