"""Object permissions: a restricted editor holds a model permission only for their own rows."""

from django.contrib.auth.backends import BaseBackend, ModelBackend

from backoffice.scope import scope_for

_model_backend = ModelBackend()


class PartnerObjectBackend(BaseBackend):
    """`user.has_perm("studytrips.change_studytrip", trip)` answers for that very trip.

    Django's ModelBackend answers only without an object; this backend grants the model
    permission for an object when the object lies in the user's scope
    (see `backoffice.scope`). Superusers never get here: Django grants them everything.
    """

    def has_perm(self, user_obj, perm, obj=None):
        if obj is None or not user_obj.is_active:
            return False
        if not _model_backend.has_perm(user_obj, perm):
            return False
        return scope_for(user_obj).contains(obj)
