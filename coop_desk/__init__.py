"""CoopDesk: the services, rules and commands of the dealer co-op marketing programme.

``__version__`` is the program's one version: the wheel's (pyproject reads it), ``coop-desk --version``,
the About dialog and the desktop build all take it from here.
"""

__version__ = "0.1.0"
