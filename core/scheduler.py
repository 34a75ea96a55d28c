"""Periodic jobs: management commands queued as tasks once a day (settings.PERIODIC_COMMANDS).

`PERIODIC_COMMANDS` maps a command line (`"purge_personal_data"`, or with arguments) to the
local time of day (`"03:30"`, TIME_ZONE) from which it is due. `queue_due_commands()` queues
every command whose time has come today and that was not queued for today yet, as a
`core.tasks.run_command` task whose `run_after` is that day's time: the queued task itself
is the record, so several schedulers, a restarted one, or cron calling
`run_scheduler --once` every few minutes, queue each day's run once. A scheduler that was
down at the time queues the run when it comes back the same day; the commands themselves
are idempotent and catch up on what a missed day left.
"""

import shlex
from datetime import datetime, time

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.tasks import run_command

# Any number that no other advisory lock of the portal uses.
SCHEDULER_LOCK = 1_903_190


def parse_schedule(schedule: dict[str, str]) -> list[tuple[str, list[str], time]]:
    entries = []
    for command_line, at in schedule.items():
        name, *args = shlex.split(command_line)
        hours, minutes = (int(part) for part in at.split(":"))
        entries.append((name, args, time(hours, minutes)))
    return entries


def due_at(at: time, now: datetime) -> datetime:
    local = timezone.localtime(now)
    return timezone.make_aware(datetime.combine(local.date(), at))


def queue_due_commands(now: datetime | None = None) -> list[str]:
    """Queue today's runs that are due and not yet queued; returns their command names."""
    now = now or timezone.now()
    queued = []
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Two schedulers at the same moment: the second waits and then sees the rows.
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEDULER_LOCK])
        for name, args, at in parse_schedule(settings.PERIODIC_COMMANDS):
            slot = due_at(at, now)
            if slot > now:
                continue
            queued_for_slot = DBTaskResult.objects.filter(
                task_path=run_command.module_path, run_after=slot, args_kwargs__kwargs__name=name
            ).values_list("args_kwargs", flat=True)
            if any(job["kwargs"].get("args", []) == args for job in queued_for_slot):
                continue
            run_command.using(run_after=slot).enqueue(name=name, args=args)
            queued.append(name)
    return queued
