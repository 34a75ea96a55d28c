"""Accessible bar charts drawn on the server: the geometry of an SVG, and its data as a table.

A chart is rendered by `templates/regionet/includes/bar_chart.html` as an SVG with
role="img" and a <title> (what a screen reader announces) next to a table with the same
numbers (what a screen reader reads row by row). This module imports no app.
"""

from dataclasses import dataclass, field

WIDTH = 480
LABEL_HEIGHT = 20
BAR_HEIGHT = 18
ROW_GAP = 12
VALUE_SPACE = 48


@dataclass
class Bar:
    label: str
    value: int
    lang: str = ""  # set when the label is shown in another language (fallback)
    share: float | None = None  # percent of the chart's total
    # Geometry, filled by layout():
    label_y: int = 0
    bar_y: int = 0
    width: float = 0
    value_x: float = 0
    value_y: int = 0


@dataclass
class Chart:
    slug: str
    title: str
    category_label: str
    bars: list[Bar]
    total: int
    total_label: str
    note: str = ""
    height: int = field(default=0)

    def layout(self) -> "Chart":
        """Place every bar: its label above it, its value after it; the longest fills the width."""
        longest = max((bar.value for bar in self.bars), default=0)
        usable = WIDTH - VALUE_SPACE
        row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
        for index, bar in enumerate(self.bars):
            top = index * row
            bar.label_y = top + LABEL_HEIGHT - 5
            bar.bar_y = top + LABEL_HEIGHT
            bar.width = round(usable * bar.value / longest, 1) if longest else 0
            bar.value_x = bar.width + 6
            bar.value_y = bar.bar_y + BAR_HEIGHT - 4
            bar.share = round(100 * bar.value / self.total, 1) if self.total else None
        self.height = max(len(self.bars) * row - ROW_GAP, row)
        return self

    @property
    def width(self) -> int:
        return WIDTH
