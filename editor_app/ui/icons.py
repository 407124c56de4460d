"""Toolbar icons that read on the palette's buttons.

Qt's standard arrow and media icons are drawn near-black: on a dark palette they vanish into the
toolbar. An icon whose drawn pixels are dark on a dark palette is recoloured to the palette's button
text colour, keeping its shape (its alpha); coloured icons (the green tick, the red cross) are kept.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

SIZES = (16, 24, 32, 48)
DARK_ICON = 0.35
"""An icon whose drawn pixels are darker than this on average (lightness 0-1) is recoloured."""


def _mean_lightness(image: QImage) -> float:
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alphaF() > 0.5
    ]
    return sum(values) / len(values) if values else 1.0


def _tinted(pixmap: QPixmap, colour: QColor) -> QPixmap:
    out = QPixmap(pixmap)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), colour)
    painter.end()
    return out


def toolbar_icon(style: QStyle, name: str) -> QIcon:
    """The standard icon ``name`` (``"SP_ArrowBack"``), legible on the palette's buttons."""
    icon = style.standardIcon(getattr(QStyle.StandardPixmap, name))
    palette = QApplication.palette()
    if palette.color(QPalette.ColorRole.Button).lightnessF() >= 0.5:
        return icon
    if _mean_lightness(icon.pixmap(QSize(24, 24)).toImage()) >= DARK_ICON:
        return icon
    colour = palette.color(QPalette.ColorRole.ButtonText)
    light = QIcon()
    for size in SIZES:
        light.addPixmap(_tinted(icon.pixmap(QSize(size, size)), colour))
    return light
