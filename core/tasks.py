"""Background work as tasks of Django's tasks framework (`django.tasks`).

In every environment but the unit tests the backend is `django_tasks_db.DatabaseBackend`:
a task is a row in PostgreSQL (SQLite for `make run`), written in the same transaction as
the data it reports on, and `manage.py db_worker` runs it. The admin lists every task with
its status and, when it failed, the error (*Tasks → Task results*).

- `deliver_mail` runs one of the apps' mail jobs (`core.mail.send_on_commit`). When the mail
  server cannot be reached, the attempt is recorded as failed and a new attempt is queued:
  the first after `MAIL_RETRY_FIRST_SECONDS`, each later one twice as late, at most
  `MAIL_RETRY_MAX_SECONDS`, until `MAIL_RETRY_ATTEMPTS` attempts failed.
- `run_command` runs a periodic management command (`core.scheduler`).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.tasks import task
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# What a mail server that is down, unreachable or refusing for a while raises.
TRANSIENT_MAIL_ERRORS = (smtplib.SMTPException, OSError)


def retry_delay(attempt: int) -> timedelta:
    """The wait after failed attempt number `attempt` (1, 2, …): doubling, with a ceiling."""
    first = settings.MAIL_RETRY_FIRST_SECONDS
    seconds = min(first * 2 ** (attempt - 1), settings.MAIL_RETRY_MAX_SECONDS)
    return timedelta(seconds=seconds)


@task
def deliver_mail(*, job: str, kwargs: dict, attempt: int = 1) -> None:
    """Call the mail job `job` (a dotted path) with `kwargs`; retry later when SMTP fails."""
    send = import_string(job)
    try:
        send(**kwargs)
    except TRANSIENT_MAIL_ERRORS:
        if attempt < settings.MAIL_RETRY_ATTEMPTS and deliver_mail.get_backend().supports_defer:
            run_after = timezone.now() + retry_delay(attempt)
            deliver_mail.using(run_after=run_after).enqueue(
                job=job, kwargs=kwargs, attempt=attempt + 1
            )
            logger.warning(
                "Mail job %s failed (attempt %s), retrying at %s", job, attempt, run_after
            )
        else:
            logger.error("Mail job %s failed for good after %s attempts", job, attempt)
        # This attempt stays in the admin as failed, with the mail server's error.
        raise


@task
def run_command(*, name: str, args: list[str] | None = None) -> None:
    """Run the management command `name` (a periodic job; each is safe to run twice)."""
    call_command(name, *(args or []))
