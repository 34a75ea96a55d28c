"""The NUTS-3 neighbour table shipped as data: `network/data/nuts3_neighbours.csv`."""

import csv
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "nuts3_neighbours.csv"


def neighbour_pairs(path: Path = DATA_FILE) -> set[tuple[str, str]]:
    """Every pair of the file in both directions; lines starting with # are comments."""
    with path.open(encoding="utf-8") as file:
        lines = [line for line in file if line.strip() and not line.startswith("#")]
    pairs = set()
    for row in csv.DictReader(lines):
        first, second = row["nuts3_code"].strip(), row["neighbour_code"].strip()
        pairs |= {(first, second), (second, first)}
    return pairs


def load_neighbours(model) -> int:
    """Store the pairs in `model` (RegionNeighbour or its historical version); idempotent."""
    rows = [model(nuts3_code=a, neighbour_code=b) for a, b in sorted(neighbour_pairs())]
    model.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
