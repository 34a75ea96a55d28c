"""The client's address as the portal sees it, behind any number of trusted proxies.

One function for everything that keys on the client (the spam limits of the public forms,
django-axes' login lockout, the API's rate limits). Configure one of:

- `CLIENT_IP_HEADER` (`DJANGO_CLIENT_IP_HEADER`): the request.META name of a header that the
  proxy in front sets to the client's address (e.g. `HTTP_X_REAL_IP`);
- `TRUSTED_PROXY_COUNT` (`DJANGO_TRUSTED_PROXY_COUNT`): how many proxies in front append to
  `X-Forwarded-For`; the entry that many places from the end is the client.

Without either, `REMOTE_ADDR` is used: right without a proxy, wrong behind one (every
visitor would share the proxy's address), so a deploy check warns in production.
"""

import ipaddress

from django.conf import settings


def _valid(value: str) -> str:
    value = value.strip()
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def client_ip(request) -> str:
    """The client's IP address (normalised), or REMOTE_ADDR when the proxy's header is unusable."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", None) or 0
    address = ""
    if header:
        # A header our proxy sets; if it appends, its own entry is the last one.
        address = _valid(request.META.get(header, "").split(",")[-1])
    elif proxies:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")
        forwarded = [part.strip() for part in forwarded if part.strip()]
        if len(forwarded) >= proxies:
            address = _valid(forwarded[-proxies])
    return address or _valid(request.META.get("REMOTE_ADDR", "")) or ""
