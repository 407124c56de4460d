"""Render resources/icons/editor-app.svg to the PNG sizes desktops look for (hicolor theme layout).

    .venv/bin/python packaging/render_icons.py [--svg FILE] [--out DIR]

Writes ``DIR/<n>x<n>/apps/editor-app.png`` for every size in SIZES (default DIR:
resources/icons/hicolor). Run it again after changing the SVG; the PNGs are kept in the repository so
that installing needs no Qt. Needs no display (Qt's offscreen platform is used when none is set).
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "editor-app.svg"
OUT = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256)
ICON_NAME = "editor-app"


def render(svg: Path = SVG, out: Path = OUT, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render ``svg`` at each size into ``out``; returns the files written. Raises ValueError on a bad SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise OSError(f"{target}: could not be written")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=OUT)
    options = parser.parse_args()
    for path in render(options.svg, options.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
