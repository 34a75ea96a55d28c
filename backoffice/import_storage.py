"""django-import-export's temporary storage in the database (IMPORT_EXPORT_TMP_STORAGE_CLASS).

The uploaded file of an import waits between the preview and the confirmation. The cache is
per process without Redis, so a confirmation that reached another worker found nothing and
failed; the database is shared by every process on every app server, and keeps the file out
of the (possibly public) media storage.
"""

from datetime import timedelta
from uuid import uuid4

from django.utils import timezone
from import_export.tmp_storages import BaseStorage

from backoffice.models import ImportUpload

KEEP_UNCONFIRMED = timedelta(days=1)


class DatabaseImportStorage(BaseStorage):
    def save(self, data) -> None:
        if not self.name:
            self.name = uuid4().hex
        if isinstance(data, str):
            data = data.encode(self.encoding or "utf-8")
        ImportUpload.objects.filter(created__lt=timezone.now() - KEEP_UNCONFIRMED).delete()
        ImportUpload.objects.update_or_create(name=self.name, defaults={"data": data})

    def read(self):
        upload = ImportUpload.objects.filter(name=self.name).first()
        if upload is None:
            return None
        data = bytes(upload.data)
        if "b" in self.read_mode:
            return data
        return data.decode(self.encoding or "utf-8")

    def remove(self) -> None:
        ImportUpload.objects.filter(name=self.name).delete()
