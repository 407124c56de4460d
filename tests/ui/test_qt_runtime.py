"""The Qt runtime this project pins: checks for traps measured on these machines."""

import subprocess
import sys

VOID_CALLS = """
import sys
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
document = QTextDocument("x" * 100)
cursor = QTextCursor(document)
for n in range(10_000):
    label.setText(str(n))
    cursor.setPosition(n % 100)
print("survived", sys.getrefcount(None) > 0)
"""


def test_twenty_thousand_void_qt_calls_do_not_abort_the_interpreter():
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and CPython aborts with
    # "Fatal Python error: none_dealloc" after a few thousand; run in a child so an abort is a failure.
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived True"
