"""Where the app keeps per-user data (recovery files, snapshots): the platform's usual place."""

import os
import sys
from pathlib import Path

APP_DIR_NAME = "editor-app"


def data_dir() -> Path:
    """``$XDG_DATA_HOME/editor-app`` on Linux, Application Support on macOS, ``%LOCALAPPDATA%`` on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/editor-app`` on Linux, Preferences on macOS, ``%APPDATA%`` on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_DIR_NAME


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/editor-app`` on Linux, Caches on macOS, ``%LOCALAPPDATA%\\editor-app\\cache``
    on Windows: what can be rebuilt at any time (the folder indexes)."""
    if sys.platform == "win32":
        return data_dir() / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR_NAME
