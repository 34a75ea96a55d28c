"""Check that the German and Hungarian catalogs are complete, and compile them.

python -m core.catalogs check    # every entry translated, none fuzzy
python -m core.catalogs compile  # .po -> .mo (Django's compilemessages when
                                     # GNU gettext is installed, polib otherwise)
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("de", "hu")


def catalog_paths() -> list[Path]:
    return [LOCALE_DIR / code / "LC_MESSAGES" / "django.po" for code in LANGUAGES]


def problems() -> list[str]:
    """Every missing, empty or fuzzy entry, as a readable line."""
    found = []
    for path in catalog_paths():
        if not path.exists():
            found.append(f"{path}: missing")
            continue
        catalog = polib.pofile(str(path))
        for entry in catalog:
            if entry.obsolete:
                continue
            label = f"{path.relative_to(LOCALE_DIR)}: {entry.msgid!r}"
            if entry.fuzzy:
                found.append(f"{label} is fuzzy")
            elif entry.msgid_plural:
                if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                    found.append(f"{label} lacks a plural form")
            elif not entry.msgstr:
                found.append(f"{label} is not translated")
    return found


def compile_catalogs() -> None:
    if shutil.which("msgfmt"):
        subprocess.run(
            [sys.executable, "-m", "django", "compilemessages"],
            cwd=LOCALE_DIR.parent,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return
    for path in catalog_paths():
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "compile":
        compile_catalogs()
        return 0
    found = problems()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} catalog problem(s).")
        return 1
    print("Catalogs de and hu are complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
