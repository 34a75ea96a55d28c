import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a request (or anything) and then what it queued for after the commit (mails)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run
