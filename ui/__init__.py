"""The Qt layer: windows, views, Qt item models over the services, workers."""

from ui import compat as _compat  # noqa: F401  (keeps None/True/False alive: see ui/compat.py)
