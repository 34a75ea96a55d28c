"""Errors of the API as RFC 9457 problem documents (`application/problem+json`)."""

import json

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler

PROBLEM_TYPE = "application/problem+json"
# Headers the standard handler sets that a client needs (waiting time, allowed methods).
KEPT_HEADERS = ("Retry-After", "Allow", "WWW-Authenticate")


def problem_response(request, *, status: int, title: str, detail: str = "", errors=None):
    """A problem document; `errors` lists the offending parameters with their messages."""
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if request is not None:
        body["instance"] = request.get_full_path()
    if errors:
        body["errors"] = errors
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_TYPE
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _title(status: int) -> str:
    titles = {
        400: _("Bad request"),
        404: _("Not found"),
        405: _("Method not allowed"),
        406: _("Not acceptable"),
        429: _("Too many requests"),
    }
    return titles.get(status, _("Request refused"))


def _errors(detail) -> list[dict]:
    """DRF's nested error detail as a flat list of {parameter, message}."""
    if isinstance(detail, dict):
        return [
            {"parameter": name, "message": str(message)}
            for name, messages in detail.items()
            for message in (messages if isinstance(messages, list) else [messages])
        ]
    return []


def problem_handler(exc, context):
    """DRF's exception handler, answering with a problem document in the visitor's language."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context.get("request")
    if isinstance(exc, exceptions.ValidationError):
        detail = _("Some parameters of the request are not valid.")
        errors = _errors(exc.detail)
        if not errors:
            messages = exc.detail if isinstance(exc.detail, list) else [exc.detail]
            detail = " ".join(str(message) for message in messages)
    else:
        detail = (
            str(getattr(exc, "detail", "")) if not isinstance(exc, exceptions.Throttled) else ""
        )
        errors = None
    if isinstance(exc, exceptions.Throttled):
        detail = _("Too many requests from your address; please try again in a minute.")
    # Django's Http404 (an unknown or hidden id) carries an English message, if any.
    if isinstance(exc, Http404) or (
        isinstance(exc, exceptions.NotFound) and detail == str(exc.default_detail)
    ):
        detail = _("There is no public object at this address.")
    problem = problem_response(
        request,
        status=response.status_code,
        title=_title(response.status_code),
        detail=detail,
        errors=errors,
    )
    for header in KEPT_HEADERS:
        if header in response:
            problem[header] = response[header]
    return problem


def not_found(request, *args, **kwargs):
    """Any address under /api/v1/ that names no resource."""
    return problem_response(
        request,
        status=404,
        title=_title(404),
        detail=_("The API has no resource at this address; see /api/v1/ for the list."),
    )
