"""E-mails of the apps: absolute links, plain text with an HTML alternative, sent by a task.

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
from django.utils.json import normalize_json
from django_tasks_db import DatabaseBackend

from core.tasks import deliver_mail


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
    """Have `send(**kwargs)` run by the task worker once the transaction has committed.

    `send` is a module-level function (the task stores its dotted path) that loads what it
    reports on by id and sends; `kwargs` must be JSON values. With the database backend the
    task is a row written in the current transaction: a rolled-back write sends nothing, a
    committed one is sent even if this process dies right after the commit, and a mail
    server that is down only delays the mail (`core.tasks.deliver_mail` retries). Other
    backends (the unit tests' immediate one) get the task after the commit.
    """
    job = {"job": f"{send.__module__}.{send.__qualname__}", "kwargs": normalize_json(kwargs)}
    if isinstance(deliver_mail.get_backend(), DatabaseBackend):
        deliver_mail.enqueue(**job)
    else:
        transaction.on_commit(partial(deliver_mail.enqueue, **job), robust=True)
