"""Read the TSV data files that ship in ``gestae/data`` (one format for all of them)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from gestae.errors import DataError


def data_file(name: str) -> Path:
    return Path(str(resources.files("gestae") / "data" / name))


def read_tsv(path: Path, required: int) -> list[tuple[int, dict[str, str]]]:
    """Rows as dicts keyed by the header; ``#`` lines and blank lines are skipped."""
    header: list[str] | None = None
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            continue
        if len(fields) < required:
            raise DataError(f"{path.name}:{number}: expected at least {required} tab-separated "
                            f"fields ({', '.join(header[:required])}), found {len(fields)}")
        fields += [""] * (len(header) - len(fields))
        rows.append((number, dict(zip(header, fields))))
    return rows
