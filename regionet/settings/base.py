"""Settings shared by every environment; every value can come from the environment."""

import os
from datetime import date, timedelta
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from import_export.formats import base_formats

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-development-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Full-text search fields, lookups and expressions (core/search/).
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "import_export",
    "axes",
    # Background work (mails, periodic commands) as rows in the database: core/tasks.py.
    "django_tasks_db",
    "core",
    "network",
    "studytrips",
    "goodpractice",
    "cooperation",
    # After the content apps: its admin module registers their ModelAdmin classes, once.
    "backoffice",
    # The open-data API (/api/v1/): reads the content apps, above them like the back office.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "opendata",
    # The site on top: home, search, map, statistics, sitemaps, demo commands.
    "regionet",
]

MIDDLEWARE = [
    # First: probes get /healthz and /readyz whatever Host they ask for (core/health.py).
    "core.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.headers.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # ?sector=<NACE Rev. 2 code> → 301 to the Rev. 2.1 code, before a cached page answers.
    "network.middleware.OldSectorCodeMiddleware",
    "core.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything parses the body: a visitor's oversized body is refused unread (413).
    "core.limits.AnonymousBodySizeMiddleware",
    "backoffice.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins during a lockout, even with the right password.
    "axes.backends.AxesStandaloneBackend",
    # A brake per login name across addresses (LOGIN_ACCOUNT_FAILURE_LIMIT).
    "backoffice.security.AccountThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Object permissions: an editor holds a model permission only for their partner's rows.
    "backoffice.backends.PartnerObjectBackend",
]

ROOT_URLCONF = "regionet.urls"
WSGI_APPLICATION = "regionet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
            ],
        },
    },
]


def database_from_env() -> dict:
    """DATABASE_URL; on PostgreSQL with a bounded pool of connections per process.

    Each process (a gunicorn worker, `runserver`, the task worker) holds at most
    `DJANGO_DB_POOL_SIZE` connections, whatever number of threads asks for one; a request
    waits up to `DJANGO_DB_POOL_TIMEOUT` seconds for a free one. The budget
    (docs/deployment.md): replicas × workers × pool size + task workers ≤ max_connections.
    `DJANGO_DB_POOL_SIZE=0` switches the pool off (behind PgBouncer), and then
    `DJANGO_CONN_MAX_AGE` keeps connections open between requests (default: closed).
    """
    database = dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=0,
        conn_health_checks=True,
    )
    pool_size = int(os.environ.get("DJANGO_DB_POOL_SIZE", "4"))
    if database["ENGINE"] == "django.db.backends.postgresql" and pool_size > 0:
        database.setdefault("OPTIONS", {})["pool"] = {
            "min_size": 1,
            "max_size": pool_size,
            "timeout": float(os.environ.get("DJANGO_DB_POOL_TIMEOUT", "30")),
        }
        # The pool checks a connection before lending it; Django's own check is for
        # persistent connections, which a pool replaces.
        database["CONN_HEALTH_CHECKS"] = False
    else:
        database["CONN_MAX_AGE"] = int(os.environ.get("DJANGO_CONN_MAX_AGE", "0"))
    return database


DATABASES = {"default": database_from_env()}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the default and required, Hungarian falls back to German.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("hu", _("Hungarian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Vienna"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = ("de", "hu")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("de",), "de": ("hu",)}
# The admin's language tabs use jQuery UI, served by the portal itself (no CDN).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
S3_BUCKET = os.environ.get("DJANGO_S3_BUCKET", "")


def media_storage_from_env() -> dict:
    """Local disk by default; S3-compatible storage (django-storages) when a bucket is set."""
    if not S3_BUCKET:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("DJANGO_S3_REGION") or None,
        "access_key": os.environ.get("DJANGO_S3_ACCESS_KEY") or None,
        "secret_key": os.environ.get("DJANGO_S3_SECRET_KEY") or None,
        "custom_domain": os.environ.get("DJANGO_S3_CUSTOM_DOMAIN") or None,
        # "http:" where the custom domain (a proxy in front of the bucket) has no TLS.
        "url_protocol": os.environ.get("DJANGO_S3_URL_PROTOCOL", "https:"),
        # "path" for S3-compatible servers without a name per bucket (compose's s3).
        "addressing_style": os.environ.get("DJANGO_S3_ADDRESSING_STYLE") or None,
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads: a logo is small; anything bigger is refused before it reaches Pillow.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# A body over this from someone not logged in is refused before it is read (the public
# forms need a few kilobytes); staff uploads keep the limits above and the proxy's.
ANONYMOUS_MAX_BODY_BYTES = int(os.environ.get("DJANGO_ANONYMOUS_MAX_BODY_BYTES", str(256 * 1024)))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"


def mailer_from_env(smtp_by_default: bool = False) -> dict:
    """The console in development; SMTP when DJANGO_EMAIL_HOST is set (always in production)."""
    host = os.environ.get("DJANGO_EMAIL_HOST") or ("localhost" if smtp_by_default else "")
    if not host:
        backend = os.environ.get(
            "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
        )
        return {"BACKEND": backend}
    return {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": host,
            "port": int(os.environ.get("DJANGO_EMAIL_PORT", "587")),
            "username": os.environ.get("DJANGO_EMAIL_USER", ""),
            "password": os.environ.get("DJANGO_EMAIL_PASSWORD", ""),
            "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", True),
            "timeout": 10,
        },
    }


MAILERS = {"default": mailer_from_env()}

# Background work: tasks stored in the database and run by `manage.py db_worker`
# (core/tasks.py); the unit tests run them at once instead.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A mail whose server could not be reached is tried again: first after this many seconds,
# then twice as late each time, at most MAIL_RETRY_MAX_SECONDS apart, this many times.
MAIL_RETRY_FIRST_SECONDS = int(os.environ.get("DJANGO_MAIL_RETRY_FIRST_SECONDS", "30"))
MAIL_RETRY_MAX_SECONDS = 60 * 60
MAIL_RETRY_ATTEMPTS = 15
# Periodic jobs: management commands (each safe to run twice) and the local time of day
# (TIME_ZONE) at which `manage.py run_scheduler` queues them as tasks, once a day.
# Add yours here and to docs/deployment.md.
PERIODIC_COMMANDS = {
    "purge_personal_data": "03:30",
    "prune_db_task_results": "04:00",
    "send_expiry_reminders": "07:00",
    # Holds lapse at once in every count; this only clears the rows (and moves the list up).
    "expire_registration_holds": "05:00",
    "send_match_alerts": "08:00",
    "send_trip_follow_ups": "09:00",
    "send_translation_digest": "06:30",
}
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "portal@regionet-aktiv.eu")
# Mails to the partners (mail_managers) are the portal's, not Django's: no "[Django] ".
EMAIL_SUBJECT_PREFIX = "[REGIONET aktív] "

LOGIN_URL = "admin:login"

# django-axes: repeated failed logins lock out that username from that address (not the
# username everywhere, not the address for everyone) for a while.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts during a lockout do not prolong it: the lock ends when it said it would.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "backoffice.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.client.client_ip"
# Per account, across all addresses: once a login name has this many failures within the
# cool-off time, it gets one attempt per LOGIN_ACCOUNT_DELAY_SECONDS (a brake that makes
# guessing from many addresses slow; never a lock, so nobody can shut an editor out).
LOGIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_ACCOUNT_FAILURE_LIMIT", "20"))
LOGIN_ACCOUNT_DELAY_SECONDS = int(os.environ.get("DJANGO_LOGIN_ACCOUNT_DELAY_SECONDS", "30"))
# The client's address (core.client.client_ip, for the login lockout, the spam limits and
# rate limits): how many proxies in front append to X-Forwarded-For, or the META name of a
# header the proxy sets to the client's address (e.g. HTTP_X_REAL_IP). Unset: REMOTE_ADDR,
# which a deploy check (core.W001) reports in production.
TRUSTED_PROXY_COUNT = (
    int(os.environ["DJANGO_TRUSTED_PROXY_COUNT"])
    if os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "").strip()
    else None
)
CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "")
# Successful logins are not recorded (personal data); failed attempts are, for the lockout.
AXES_DISABLE_ACCESS_LOG = True

# django-import-export: CSV and Excel; permissions as for adding and viewing in the admin;
# the uploaded file waits for the confirmation in the database, so the confirmation may
# reach any process on any app server (backoffice/import_storage.py).
IMPORT_EXPORT_FORMATS = [base_formats.CSV, base_formats.XLSX]
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_TMP_STORAGE_CLASS = "backoffice.import_storage.DatabaseImportStorage"

# One structured (JSON) line per event on stdout; request bodies are never logged.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "core.logging.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # django-axes announces itself on every start and login; lockouts are warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}


def cache_from_env() -> dict:
    """A local-memory cache per process by default; Redis, shared by all servers, when set."""
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "regionet",
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


CACHES = {"default": cache_from_env()}

# Security headers everywhere (production adds HTTPS-only settings).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features the portal does not use, denied to its pages and anything they embed
# (the map needs none: it reads no location).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# The language switcher's cookie: sent on same-site navigation only (HTTPS-only in production).
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
MEDIA_ORIGIN = os.environ.get("DJANGO_MEDIA_ORIGIN", "")
SECURE_CSP = {
    "default-src": [CSP.SELF],
    # No inline scripts; a template that needs one uses nonce="{{ csp_nonce }}".
    "script-src": [CSP.SELF, CSP.NONCE],
    # Style attributes (admin thumbnails, Bootstrap utilities) are harmless; scripts are not.
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

PAGINATE_BY = 12

# Whole pages for anonymous visitors (core.cache); 0 switches the cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_APPS = ["core", "network", "studytrips", "goodpractice", "cooperation"]
# The apps whose content a page shows, by URL namespace or name: an edit in an app makes
# only these pages cold. Pages not listed (home, search, map, statistics, sitemap) show
# every app. "core" is everywhere (the footer's project pages).
PAGE_CACHE_DEPENDENCIES = {
    "network": ["core", "network"],
    "studytrips": ["core", "network", "studytrips"],
    "goodpractice": ["core", "network", "studytrips", "goodpractice"],
    "cooperation": ["core", "network", "cooperation"],
    "page-detail": ["core"],
}
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/healthz", "/readyz", "/i18n/")

# Personal data of activities that ended longer ago than this is deleted (purge_personal_data).
PERSONAL_DATA_RETENTION_MONTHS = int(os.environ.get("DJANGO_RETENTION_MONTHS", "24"))
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)

# django-filter: an empty choice reads "All" in the visitor's language.
FILTERS_EMPTY_CHOICE_LABEL = _("All")
# Study trip registration: the version of the consent text a registrant agrees to (stored with
# each registration; change it whenever the text changes) and how long a cancel link works.
REGISTRATION_CONSENT_VERSION = "2026-11"
REGISTRATION_CANCEL_LINK_MAX_AGE = 60 * 60 * 24 * 400
# Double opt-in: a new registration holds its place this long until the address is confirmed
# with the link in the first e-mail; then the hold lapses and the place is free again.
REGISTRATION_HOLD_MINUTES = int(os.environ.get("DJANGO_REGISTRATION_HOLD_MINUTES", "60"))
REGISTRATION_CONFIRM_LINK_MAX_AGE = 60 * 60 * 24 * 7

# Who hears of new cooperation posts awaiting review (comma-separated e-mail addresses).
MANAGERS = env_list("DJANGO_MANAGERS")
# The public address of the portal, for links in e-mails sent outside a request (commands).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://localhost:8000")

# Cooperation exchange (cooperation/): consent text version, signed links, expiry and the
# spam limits of its public forms (submissions per e-mail address and per client per hour).
COOPERATION_CONSENT_VERSION = "2026-11"
COOPERATION_CONFIRM_LINK_MAX_AGE = 60 * 60 * 24 * 7
COOPERATION_EXTEND_LINK_MAX_AGE = 60 * 60 * 24 * 60
COOPERATION_POST_MAX_DAYS = 365
COOPERATION_REMINDER_DAYS = 7
# Links in match alerts (switch alerts off) and in trip follow-ups (answer once).
COOPERATION_ALERTS_LINK_MAX_AGE = 60 * 60 * 24 * 365
COOPERATION_FOLLOWUP_LINK_MAX_AGE = 60 * 60 * 24 * 90
SPAM_LIMIT_PER_EMAIL_PER_HOUR = 5
SPAM_LIMIT_PER_IP_PER_HOUR = 20

# The map's tile server (a URL template for Leaflet) and the attribution its licence asks for.
MAP_TILE_URL = os.environ.get(
    "DJANGO_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = os.environ.get(
    "DJANGO_MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)


def url_template_origin(template: str) -> str:
    """The origin of a tile URL template for the CSP ("{s}.tile…" becomes "*.tile…")."""
    from urllib.parse import urlsplit

    parts = urlsplit(template.replace("{s}", "x-subdomain"))
    if not parts.scheme or not parts.netloc:
        return ""  # a path on the portal itself is covered by 'self'
    host = parts.netloc.replace("x-subdomain", "*")
    return f"{parts.scheme}://{host}"


if url_template_origin(MAP_TILE_URL):
    SECURE_CSP["img-src"].append(url_template_origin(MAP_TILE_URL))


# Open data (opendata/, docs/opendata.md): the read-only API, its OpenAPI description and
# the DCAT-AP catalogue. The licence applies to every dataset unless the project pages say
# otherwise; the rate limit counts requests per client address (DRF's rate syntax).
OPENDATA_LICENCE_URL = os.environ.get(
    "DJANGO_OPENDATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
OPENDATA_RATE_LIMIT = os.environ.get("DJANGO_OPENDATA_RATE_LIMIT", "120/min")
OPENDATA_PUBLISHER = {
    "name": "REGIONET aktív",
    "url": SITE_URL,
    "email": os.environ.get("DJANGO_OPENDATA_CONTACT", "netzwerkforum-pannonia@example.org"),
}
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "opendata.renderers.CSVRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["opendata.api.ClientRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "opendata.problems.problem_handler",
    "URL_FORMAT_OVERRIDE": "format",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "REGIONET aktív – open data API",
    "DESCRIPTION": (
        "Networks, member companies, good-practice cases, study trips, instruments, regions "
        "and sectors of the REGIONET aktív portal, read-only, in German and Hungarian. "
        "Licence: CC BY 4.0 (attribution: REGIONET aktív)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# The accessibility statement (a project page; docs/opendata.md): when it was last reviewed,
# whom to write to, and the bodies that enforce the Web Accessibility Directive.
ACCESSIBILITY_STATEMENT_SLUG = "barrierefreiheit"
ACCESSIBILITY_STATEMENT_PREPARED = date(2026, 12, 2)
ACCESSIBILITY_LAST_REVIEWED = date.fromisoformat(
    os.environ.get("DJANGO_ACCESSIBILITY_LAST_REVIEWED", "2026-12-02")
)
ACCESSIBILITY_CONTACT = {
    "organisation": "Netzwerkforum Pannonia",
    "address": "Hauptstraße 18, 7000 Eisenstadt, Österreich / Ausztria",
    "email": os.environ.get("DJANGO_ACCESSIBILITY_CONTACT", "netzwerkforum-pannonia@example.org"),
    "phone": "+43 2682 61 420",
}
ACCESSIBILITY_ENFORCEMENT = {
    "de": (
        "Wenn Sie auf Ihre Mitteilung keine zufriedenstellende Antwort erhalten, können Sie "
        "sich mit einer Beschwerde an die Beschwerdestelle der Österreichischen "
        "Forschungsförderungsgesellschaft (FFG) nach dem Web-Zugänglichkeits-Gesetz wenden "
        "(www.ffg.at). Bei einer Diskriminierung aufgrund einer Behinderung können Sie "
        "außerdem ein Schlichtungsverfahren beim Sozialministeriumservice beantragen "
        "(Bundes-Behindertengleichstellungsgesetz). In Ungarn ist das Büro des Beauftragten "
        "für Grundrechte (Alapvető Jogok Biztosának Hivatala, 1051 Budapest, Falk Miksa utca "
        "9–11., www.ajbh.hu) zuständig."
    ),
    "hu": (
        "Ha bejelentésére nem kap kielégítő választ, Ausztriában panaszt tehet az osztrák "
        "kutatásfejlesztési ügynökség (Österreichische Forschungsförderungsgesellschaft, FFG) "
        "panaszirodájánál a webes akadálymentesítési törvény (Web-Zugänglichkeits-Gesetz) "
        "alapján (www.ffg.at); fogyatékosságon alapuló hátrányos megkülönböztetés esetén "
        "békéltető eljárást is kezdeményezhet a Sozialministeriumservice-nél. "
        "Magyarországon az Alapvető Jogok Biztosának Hivatalához fordulhat (1051 Budapest, "
        "Falk Miksa utca 9–11., www.ajbh.hu)."
    ),
}
