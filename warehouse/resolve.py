"""Find the scheme a user names on the command line.

A reference is one of:
  * a rubric JSON file (what `rubrics extract` prints), optionally `FILE.json#scheme name`;
  * (warehouse) a document id prefix, a file name or a title, optionally `#scheme name`,
    or a scheme id prefix.
Why one resolver: score, compare, facts-template and export all take the same kind of reference.
"""

from __future__ import annotations

import json
from pathlib import Path

from rubrics.errors import RubricsError
from rubrics.extracted.models import Rubric, Scheme


def split_ref(ref: str) -> tuple[str, str | None]:
    """`doc#scheme` → (doc, scheme); `doc` → (doc, None)."""
    if "#" in ref:
        doc, scheme = ref.split("#", 1)
        return doc, scheme or None
    return ref, None


def pick_scheme(rubric: Rubric, name: str | None, ref: str) -> Scheme:
    """The scheme of a rubric by name (exact, then containment); the only one when none is named."""
    if name is None:
        if len(rubric.schemes) == 1:
            return rubric.schemes[0]
        names = ", ".join(s.name for s in rubric.schemes)
        raise RubricsError(f"{ref}: the document has {len(rubric.schemes)} schemes ({names}); name one as {ref}#NAME")
    for scheme in rubric.schemes:
        if scheme.name == name or scheme.id.startswith(name):
            return scheme
    matches = [s for s in rubric.schemes if name in s.name]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(s.name for s in rubric.schemes)
    raise RubricsError(f"{ref}: no scheme named {name!r} (schemes: {names})")


def load_rubric_file(path: Path) -> Rubric:
    try:
        return Rubric.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise RubricsError(f"{path}: not a rubric JSON file ({exc})") from exc


def resolve_scheme(ref: str, db: str | None = None) -> tuple[Rubric, Scheme]:
    """The (rubric, scheme) a reference names; a RubricsError that says why when none does."""
    doc_ref, scheme_name = split_ref(ref)
    path = Path(doc_ref)
    if path.suffix.lower() == ".json" and path.is_file():
        rubric = load_rubric_file(path)
        return rubric, pick_scheme(rubric, scheme_name, ref)
    raise RubricsError(f"{ref}: no rubric JSON file of that name (warehouse look-up not built yet)")
