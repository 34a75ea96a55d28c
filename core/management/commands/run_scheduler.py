"""Queue the periodic commands of settings.PERIODIC_COMMANDS when they are due (core.scheduler).

Runs as its own process beside `db_worker` (the compose service `scheduler`), checking once a
minute; `--once` checks once and exits, for cron or a systemd timer.
"""

import time

from django.core.management.base import BaseCommand

from core.scheduler import queue_due_commands


class Command(BaseCommand):
    help = "Queue the periodic management commands that are due as tasks."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once and exit.")
        parser.add_argument(
            "--interval", type=float, default=60, help="Seconds between checks (default 60)."
        )

    def handle(self, *, once: bool, interval: float, **options):
        while True:
            for name in queue_due_commands():
                self.stdout.write(f"Queued {name}")
            if once:
                return
            time.sleep(interval)
