"""Durable background work: mails are tasks in the database, retried until SMTP answers.

These tests use the database backend of django-tasks-db (the unit tests elsewhere run
tasks at once) and a real SMTP server (aiosmtpd) that comes up after the first attempt.
"""

import itertools
import socket
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from asgiref.local import Local
from django.db import transaction
from django.tasks import task_backends
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from core.scheduler import queue_due_commands
from core.tasks import deliver_mail, retry_delay, run_command
from studytrips.models import Registration
from studytrips.services import registration_create
from tests.factories import StudyTripFactory

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reset_task_backends():
    # The handler caches TASKS and its backends; a changed setting needs new ones.
    task_backends.__dict__.pop("settings", None)
    task_backends._connections = Local(task_backends.thread_critical)


@pytest.fixture
def smtp_port():
    return free_port()


@pytest.fixture
def database_tasks(settings, smtp_port):
    """The production setup: tasks in the database, mail by SMTP to 127.0.0.1:`smtp_port`."""
    settings.TASKS = DATABASE_TASKS
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": smtp_port, "use_tls": False, "timeout": 5},
        }
    }
    reset_task_backends()
    yield
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    reset_task_backends()


class Sink:
    """An SMTP server that keeps what it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def run_worker():
    """What `manage.py db_worker --batch` does: every task that is due, then stop."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def register(trip):
    return registration_create(
        trip=trip,
        name="Kovács Éva",
        email="eva@example.org",
        preferred_language="hu",
        consent_version="2026-11",
        base_url="http://testserver",
    )


@pytest.mark.django_db(transaction=True)
def test_a_mail_enqueued_while_smtp_is_down_is_delivered_when_it_comes_up(
    database_tasks, settings, smtp_port
):
    settings.MAIL_RETRY_FIRST_SECONDS = 1
    trip = StudyTripFactory()
    register(trip)
    # Committed with the registration, before any worker ran: a process that dies now
    # loses nothing.
    queued = DBTaskResult.objects.get()
    assert queued.status == "READY"
    assert queued.args_kwargs["kwargs"]["job"] == "studytrips.emails.send_registration_email"

    run_worker()  # nothing listens on the SMTP port
    failed = DBTaskResult.objects.get(status="FAILED")
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"]["attempt"] == 2

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        time.sleep(1.2)  # the back-off before the second attempt
        run_worker()
    finally:
        controller.stop()
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"
    assert len(sink.messages) == 1
    message = sink.messages[0]
    assert message.rcpt_tos == ["eva@example.org"]
    assert trip.title_hu.encode() in message.content or b"=?utf-8?" in message.content


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_write_queues_no_mail(database_tasks):
    trip = StudyTripFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        register(trip)
        assert DBTaskResult.objects.count() == 1  # queued inside the transaction …
        raise RuntimeError("the request failed after registering")
    assert not Registration.objects.exists()
    assert DBTaskResult.objects.count() == 0  # … and gone with it


def test_retries_come_soon_then_back_off_up_to_an_hour(settings):
    delays = [retry_delay(attempt) for attempt in range(1, settings.MAIL_RETRY_ATTEMPTS)]
    assert delays[0] <= timedelta(minutes=1)
    assert all(later >= earlier for earlier, later in itertools.pairwise(delays))
    assert delays[3] > delays[0]
    assert max(delays) == timedelta(hours=1)
    assert sum(delays, timedelta()) > timedelta(hours=6)  # a long outage is waited out


@pytest.mark.django_db(transaction=True)
def test_after_the_last_attempt_no_retry_is_queued(database_tasks, settings):
    settings.MAIL_RETRY_ATTEMPTS = 2
    registration = register(StudyTripFactory())
    DBTaskResult.objects.all().delete()
    deliver_mail.enqueue(
        job="studytrips.emails.send_registration_email",
        kwargs={
            "registration_id": registration.pk,
            "notice": "confirmed",
            "base_url": "http://testserver",
        },
        attempt=2,
    )
    run_worker()
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"]


@pytest.mark.django_db(transaction=True)
def test_failed_mails_are_listed_in_the_admin_with_their_error(database_tasks, admin_client):
    register(StudyTripFactory())
    run_worker()
    response = admin_client.get("/admin/django_tasks_database/dbtaskresult/?status=FAILED")
    assert response.status_code == 200
    assert "deliver_mail" in response.content.decode()
    failed = DBTaskResult.objects.get(status="FAILED")
    detail = admin_client.get(f"/admin/django_tasks_database/dbtaskresult/{failed.pk}/change/")
    assert "ConnectionRefusedError" in detail.content.decode()


@pytest.mark.django_db
def test_unit_tests_run_the_mail_task_at_once_after_the_commit(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        register(StudyTripFactory())
        assert mailoutbox == []  # nothing before the commit
    assert len(callbacks) == 1
    assert [message.to for message in mailoutbox] == [["eva@example.org"]]


VIENNA = ZoneInfo("Europe/Vienna")


@pytest.mark.django_db(transaction=True)
def test_periodic_commands_are_queued_once_a_day_when_due(database_tasks, settings):
    settings.PERIODIC_COMMANDS = {"purge_personal_data": "03:30", "send_expiry_reminders": "07:00"}
    early = datetime(2026, 12, 2, 3, 0, tzinfo=VIENNA)
    assert queue_due_commands(early) == []
    morning = datetime(2026, 12, 2, 7, 5, tzinfo=VIENNA)
    assert sorted(queue_due_commands(morning)) == ["purge_personal_data", "send_expiry_reminders"]
    # A second scheduler, or the same one a minute later, queues nothing again.
    assert queue_due_commands(morning + timedelta(minutes=1)) == []
    assert DBTaskResult.objects.filter(task_path=run_command.module_path).count() == 2
    # The next day they are due again.
    assert len(queue_due_commands(morning + timedelta(days=1))) == 2


@pytest.mark.django_db(transaction=True)
def test_a_queued_periodic_command_runs_in_the_worker(database_tasks, settings):
    settings.PERIODIC_COMMANDS = {"purge_personal_data": "00:00"}
    assert queue_due_commands(timezone.now()) == ["purge_personal_data"]
    run_worker()
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
