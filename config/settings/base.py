"""Django settings for every environment. Everything that differs between machines comes from
environment variables with safe defaults (docs/configuration.md); production, `make run` and the
scripts use these as they are (DJANGO_SETTINGS_MODULE=config.settings), the tests use
config/settings/test.py on top of them."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from config.embedded_db import database_settings
from search.backends.elastic_settings import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core ------------------------------------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
# A development-only key when unset. Production must set SECRET_KEY (check --deploy says so).
SECRET_KEY = os.environ.get("SECRET_KEY", "") or "dev-insecure-" + "k" * 50
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ----------------------------------------------------------------------------
INSTALLED_APPS = [
    # Operations: security headers, page cache, rate limits, 2FA, uploads, backups. First, as it
    # has been since it was added (its wagtail_hooks register before the other apps').
    "ops",
    # Project apps: the shared room first, then one per domain.
    "core",
    "home",
    "places",
    "contacts",
    "guidance",
    "plans",
    "search",  # app label "sitesearch"
    "concern",
    "overview",
    # Sign-in with the municipality's own login (SAML); before "wagtail", so its before_serve_page
    # hook answers restricted pages before Wagtail's bare login redirect.
    "signin",
    "djangosaml2",
    # A municipality's plan on its own intranet: keys, JSON/HTML, iframe origins.
    "intranet",
    # Wagtail and friends.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Security: login throttling, two-factor devices, Content-Security-Policy.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    # The demo site's content and loader, last: it depends on every app above, nothing depends on it.
    "demo",
]

# --- Middleware ------------------------------------------------------------------------------
# Requests pass top to bottom, responses bottom to top.
MIDDLEWARE = [
    # HTTPS redirect and Django's security headers, for every response including static and cached ones.
    "django.middleware.security.SecurityMiddleware",
    # Static files straight after SecurityMiddleware, as WhiteNoise asks: no session, no database.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Permissions-Policy; above the page cache so cache hits get it too.
    "ops.headers.SecurityHeadersMiddleware",
    # Above the page cache: cached search and API answers count against the limit too.
    "ops.ratelimit.RateLimitMiddleware",
    # Above sessions, locale and auth: a hit is answered without touching session or database.
    "ops.pagecache.PageCacheMiddleware",
    # Before everything that reads request.session (locale, auth, messages).
    "django.contrib.sessions.middleware.SessionMiddleware",
    # djangosaml2's own short session (request.saml_session): the requests sent to identity providers.
    "djangosaml2.middleware.SamlSessionMiddleware",
    # After sessions, before CommonMiddleware (Django's rule): language from the /da/ /en/ /ar/ prefix.
    "django.middleware.locale.LocaleMiddleware",
    # Slash-appending redirects, after the language is known.
    "django.middleware.common.CommonMiddleware",
    # Before any middleware or view that assumes the CSRF check was done.
    "django.middleware.csrf.CsrfViewMiddleware",
    # After sessions: sets request.user.
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After locale and auth (its 400 page is in the reader's language, with the site's header): query
    # parameters with control characters or absurd lengths never reach a view.
    "ops.inputs.QueryInputMiddleware",
    # Straight after auth: adds request.user.is_verified() (django-otp).
    "django_otp.middleware.OTPMiddleware",
    # After OTP: sends admin users who must use 2FA to enrolment or to the code prompt.
    "ops.twofactor.TwoFactorMiddleware",
    # After sessions (messages fall back to session storage).
    "django.contrib.messages.middleware.MessageMiddleware",
    # X-Frame-Options: DENY (Wagtail's preview views set SAMEORIGIN themselves).
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy, the admin's looser one by path; below the page cache, so it is stored with the page.
    "ops.headers.SiteCSPMiddleware",
    # Wagtail's editor-managed redirects, tried when the view answers 404.
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Below the page cache: marks reader-specific responses private before the cache decides to store them.
    "places.middleware.ReaderChoiceCacheMiddleware",
    # Next to the view: serves pages whose route it remembers, through Wagtail's public hooks (ops/routing.py).
    "ops.routing.RouteCacheMiddleware",
    # Last, as django-axes requires: turns a lockout during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# --- Templates -------------------------------------------------------------------------------
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: real PostgreSQL everywhere ----------------------------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {"default": database_settings()}  # starts the embedded server in .pgdata/ if needed
# A database that does not answer must fail fast (the 503 page), not hang the worker.
DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)

# --- Languages: Danish first, then English and Arabic ----------------------------------------
LANGUAGE_CODE = "da"
LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
# The admin's languages: Danish by default for every new user (core/admin_language.py), who may
# choose English or Arabic under Konto → Sprog og region.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# wagtail-localize (see docs/translation.md). Translating happens offline in the admin's editor or
# through PO files: no machine translator is configured, on purpose. A new translation starts as a
# draft whatever the source's status, so half-translated pages are never published by accident.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The tree of the default language is mirrored as aliases into the others (LocaleSynchronization,
# set up by core.i18n.ensure_locale_sync); LocaleMiddleware sends "/" to /da/, /en/ or /ar/ by
# Accept-Language, Danish when nothing matches.
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# --- Static and media ------------------------------------------------------------------------
# site/ holds the front end (stylesheets, scripts, icons); it is served under /static/.
STATICFILES_DIRS = [BASE_DIR / "site"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# WhiteNoise serves static files in every environment; without collectstatic (development,
# tests) it finds them through the staticfiles finders.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Media on S3-compatible storage when configured (django-storages); local files otherwise.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment, read by boto3 itself.
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Forebyggelse af ekstremisme"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to third parties from the admin
WAGTAILAPI_LIMIT_MAX = 50
# Uploads: Wagtail checks type and size; documents are also content-sniffed (ops/uploads.py).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "search.forms.SearchableDocumentForm"
# Every file goes through Wagtail's serve view, which enforces the collections' view restrictions
# (a municipality's staff-only files): never a redirect to, or a link straight at, the storage's
# URL (S3 in production), which anyone holding the link could open. ops marks restricted files
# `Cache-Control: private, no-store` (ops/wagtail_hooks.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Search ----------------------------------------------------------------------------------
# PostgreSQL full-text search by default. With ELASTICSEARCH_URL, the site's search
# (search/backends/elastic.py) indexes and queries Elasticsearch 9 through the client of a second
# Wagtail backend, "elasticsearch", and falls back to PostgreSQL if it fails. Wagtail's own searches
# (admin, /api/v2/pages/?search=) stay on the database backend.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL)

# --- Mail ------------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@forebyggekstremisme.dk")

# --- Logging ---------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Cache -----------------------------------------------------------------------------------
# Redis when REDIS_URL is set (errors ignored: a dead Redis means no cache, not no site), local
# memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
OPS_SHARED_CACHE = bool(REDIS_URL)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # one line per failed cache call, no traceback
    DJANGO_REDIS_LOGGER = "ops.redis"
    LOGGING["filters"] = {"one_line": {"()": "ops.logfilters.OneLine"}}
    LOGGING["loggers"] = {
        "ops.redis": {"handlers": ["console"], "level": "WARNING", "filters": ["one_line"], "propagate": False},
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ncfe",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# The content cache (ops/contentcache.py): routes, site chrome and rendered fragments that are the same
# for every reader, in each process's memory, stored under the content generation (which lives in Redis
# or in OPS_CACHE_GENERATION_FILE, so every process sees a publish at once).
CACHES["content"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "ncfe-content",
    "OPTIONS": {"MAX_ENTRIES": 20000},
}

# Whole-page cache for anonymous visitors (ops/pagecache.py, docs/deployment.md).
OPS_PAGE_CACHE_ENABLED = env_bool("OPS_PAGE_CACHE", True)
OPS_PAGE_CACHE_ALIAS = "default"
OPS_PAGE_CACHE_IGNORED_COOKIES = ["csrftoken", "django_language"]  # any other cookie bypasses the cache
OPS_PAGE_CACHE_SECONDS = int(os.environ.get("OPS_PAGE_CACHE_SECONDS", 600))
OPS_PAGE_CACHE_EXCLUDE_PREFIXES = ["/admin/", "/django-admin/", "/documents/", "/healthz", "/readyz", "/media/", "/saml2/", "/intranet/"]
# The content cache: on/off, the cache alias, and how long an entry may live at most (a backstop: the
# generation retires entries at once on every publish).
OPS_CONTENT_CACHE = env_bool("OPS_CONTENT_CACHE", True)
OPS_CONTENT_CACHE_ALIAS = "content"
OPS_CONTENT_CACHE_SECONDS = int(os.environ.get("OPS_CONTENT_CACHE_SECONDS", 60))
# The content generation: bumped when a model of one of these apps (by app label) is saved or deleted.
OPS_CACHE_GENERATION_FILE = os.environ.get("OPS_CACHE_GENERATION_FILE", str(BASE_DIR / "var" / "cache-generation"))
OPS_CACHE_INVALIDATING_APPS = {
    "core", "home", "places", "contacts", "guidance", "plans", "sitesearch", "concern", "overview",
    "wagtailcore", "wagtailimages", "wagtaildocs", "wagtailredirects", "wagtailsearchpromotions",
    "wagtail_localize", "taggit",
}

# --- HTTPS and cookies (docs/security.md) ----------------------------------------------------
# On by default in production (DEBUG off), off for `make run` (DEBUG=true); the test settings turn it
# off. SECURE_HTTPS=false serves plain http with DEBUG off (the loopback load test does this).
SECURE_HTTPS = env_bool("SECURE_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = SECURE_HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # the load balancer's plain-http probes
if env_bool("SECURE_BEHIND_PROXY", False):
    # The TLS-terminating load balancer sets X-Forwarded-Proto; only trust it behind one.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000 if SECURE_HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = SECURE_HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 12 * 60 * 60
CSRF_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_HTTPONLY = True

# --- Security headers (ops/headers.py) -------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this with SAMEORIGIN themselves
OPS_PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
            "magnetometer", "microphone", "midi", "payment", "usb", "browsing-topics",
        )
    },
    "fullscreen": ["self"],
}
# Content-Security-Policy (django-csp 4 format). Public site: scripts from our origin only, no
# inline scripts, no eval. Inline style attributes are allowed (they cannot run code).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *env_list("CSP_FRAME_SRC", "")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": SECURE_HTTPS,  # False leaves the directive out
    }
}
# The Wagtail admin renders inline <script> blocks, so it gets a looser policy (docs/security.md).
OPS_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]
OPS_ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-ancestors": [SELF],  # the live preview iframe
}

# --- Authentication --------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "ops.auth.ThrottledLoginBackend",
    "django.contrib.auth.backends.ModelBackend",
    "signin.backends.MunicipalSaml2Backend",  # answers only SAML sign-ins (docs/signin.md)
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (django-axes): 5 wrong passwords for one username from one address lock that
# combination for 15 minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ops.auth.lockout_response"
AXES_CLIENT_IP_CALLABLE = "ops.ratelimit.client_address"
AXES_VERBOSE = False
# Two-factor authentication (django-otp TOTP): any editor can enrol from their account page;
# members of these groups, and superusers, must. Enforced with DEBUG off (production).
OPS_2FA_REQUIRED_GROUPS = env_list(
    "OPS_2FA_REQUIRED_GROUPS", "Centerets redaktører,Centerets godkendere,Editors,Moderators"
)
OPS_2FA_REQUIRE_SUPERUSERS = True
OPS_2FA_ENFORCED = env_bool("OPS_2FA_ENFORCED", not DEBUG)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Rate limits (ops/ratelimit.py) ----------------------------------------------------------
# Per client address for the API and search: (name, path regex, requests, seconds).
OPS_RATELIMIT_ENABLED = env_bool("OPS_RATELIMIT_ENABLED", True)
OPS_RATELIMIT_RULES = [
    ("search", r"^/(api/search/|[a-z]{2}/(soeg|search|bahth)/)", int(os.environ.get("OPS_RATELIMIT_SEARCH", 60)), 60),
    ("api", r"^/api/", int(os.environ.get("OPS_RATELIMIT_API", 300)), 60),
    ("signin", r"^/saml2/(login|acs)/", int(os.environ.get("OPS_RATELIMIT_SIGNIN", 30)), 60),
    ("intranet", r"^/intranet/", int(os.environ.get("OPS_RATELIMIT_INTRANET", 120)), 60),
]
OPS_TRUSTED_PROXY_COUNT = int(os.environ.get("OPS_TRUSTED_PROXY_COUNT", 0))

# --- Sign-in with the municipality's login: SAML 2.0 (signin/, docs/signin.md) ----------------
# Identity providers are data (admin: Settings → Login-tjenester). The service provider's key pair:
# SAML_SP_KEY_FILE + SAML_SP_CERT_FILE, or else a self-signed pair made once in SAML_SP_KEY_DIR.
SAML_CONFIG_LOADER = "signin.spconfig.sp_config"
SAML_SP_KEY_FILE = os.environ.get("SAML_SP_KEY_FILE", "")
SAML_SP_CERT_FILE = os.environ.get("SAML_SP_CERT_FILE", "")
SAML_SP_KEY_DIR = os.environ.get("SAML_SP_KEY_DIR", str(BASE_DIR / "var" / "saml"))
SAML_SP_BASE_URL = os.environ.get("SAML_SP_BASE_URL", "")  # e.g. https://forebyggekstremisme.dk/ (default: the request's)
SAML_SP_ENTITY_ID = os.environ.get("SAML_SP_ENTITY_ID", "")  # default: <base>/saml2/metadata/
SAML_XMLSEC_BINARY = os.environ.get("SAML_XMLSEC_BINARY", "/usr/bin/xmlsec1")
SAML_SESSION_SECONDS = min(int(os.environ.get("SAML_SESSION_HOURS", 8)), 8) * 60 * 60  # at most 8 hours
SAML_USE_NAME_ID_AS_USERNAME = True
SAML_CREATE_UNKNOWN_USER = True
SAML_ATTRIBUTE_MAPPING = {}  # no personal data is copied onto the user: roles only (signin/roles.py)
SAML_DEFAULT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"  # no auto-posting form (CSP form-action)
SAML_IGNORE_AUTHENTICATED_USERS_ON_LOGIN = True
SAML_CSP_HANDLER = ""  # our CSP allows what the sign-in needs (a redirect); nothing to loosen
# The identity provider posts back across sites: the short SAML session cookie needs SameSite=None
# (and Secure) in production; on plain http (tests, make run) Lax, as browsers drop None without Secure.
SAML_SESSION_COOKIE_SAMESITE = "None" if SECURE_HTTPS else "Lax"
LOGIN_REDIRECT_URL = "/"
