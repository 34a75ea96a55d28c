"""Production: refuses to start without a real secret key, hosts and database.

Runs behind a TLS-terminating proxy or load balancer that sets X-Forwarded-Proto.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, env_bool, mailer_from_env

for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(name):
        raise ImproperlyConfigured(f"{name} must be set in production.")
if os.environ["DJANGO_SECRET_KEY"].startswith("django-insecure") or (
    len(os.environ["DJANGO_SECRET_KEY"]) < 50
):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be a random string of 50+ characters.")
if os.environ["DATABASE_URL"].startswith("sqlite"):
    raise ImproperlyConfigured("Production needs PostgreSQL in DATABASE_URL, not SQLite.")

DEBUG = False
MAILERS = {"default": mailer_from_env(smtp_by_default=True)}
# Media from local disk through the app (one container, a volume) unless it lives on S3.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", not os.environ.get("DJANGO_S3_BUCKET"))

# Static files: hashed names, compressed, served by whitenoise with a year of caching.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Cookies only over HTTPS, unless the portal is served over plain HTTP on purpose (a laptop:
# compose with DJANGO_SECURE_SSL_REDIRECT=false), where a Secure cookie never comes back
# and no one could log in. DJANGO_SECURE_COOKIES=true keeps them Secure when a proxy in
# front redirects to HTTPS itself.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", SECURE_SSL_REDIRECT)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
