"""E-mails of the apps: absolute links, plain text with an HTML alternative, sent after commit.

Links start with `core.signing.site_base_url()`.

Callers render inside `translation.override(<the recipient's language>)`, so the subject,
the texts and the links all follow the recipient, not the page that caused the mail.
"""

from collections.abc import Callable
from functools import partial
from urllib.parse import urljoin

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string


def absolute_url(base_url: str, path: str) -> str:
    return urljoin(base_url, path)


def one_line(text: str) -> str:
    """Header text on one line (a title can never smuggle a line break into a header)."""
    return " ".join(str(text).split())


def build_email(
    *,
    template: str,
    context: dict,
    subject: str,
    to: list[str],
    reply_to: list[str] | None = None,
) -> EmailMultiAlternatives:
    """`template`.txt as the body and `template`.html as its alternative."""
    text = render_to_string(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=one_line(subject), body=text, to=to, reply_to=reply_to or None
    )
    message.attach_alternative(html, "text/html")
    return message


def send_on_commit(send: Callable[..., None], **kwargs) -> None:
    """Call `send(**kwargs)` once the transaction has committed.

    A rolled-back write sends nothing, and a mail server that fails (`robust`) does not undo
    what was stored.
    """
    transaction.on_commit(partial(send, **kwargs), robust=True)
