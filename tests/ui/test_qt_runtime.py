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


def test_a_qt_warning_fails_the_test_that_caused_it(tmp_path):
    """pyproject sets qt_log_level_fail: a warning from Qt is a failure, not noise in the log."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    test = tmp_path / "test_warns.py"
    test.write_text(
        "from PySide6.QtCore import qWarning\n\ndef test_warns(qtbot):\n    qWarning('something is off')\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(root / "pyproject.toml"),
            str(test),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stdout
    assert "something is off" in result.stdout
