"""System checks of the portal's own settings (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def client_address_configured(app_configs=None, **kwargs):
    """Behind a proxy, REMOTE_ADDR is the proxy: every visitor would share one address."""
    if settings.DEBUG:
        return []
    if settings.CLIENT_IP_HEADER or settings.TRUSTED_PROXY_COUNT is not None:
        return []
    return [
        Warning(
            "Neither DJANGO_TRUSTED_PROXY_COUNT nor DJANGO_CLIENT_IP_HEADER is set, so the "
            "login lockout and the spam limits key on REMOTE_ADDR.",
            hint=(
                "Behind a proxy that appends to X-Forwarded-For set DJANGO_TRUSTED_PROXY_COUNT "
                "to the number of such proxies (set it to 0 when no proxy is in front)."
            ),
            id="core.W001",
        )
    ]
