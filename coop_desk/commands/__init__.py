"""Subcommands of ``coop-desk``. Each module registers its parsers; handlers return an ``Outcome``."""
