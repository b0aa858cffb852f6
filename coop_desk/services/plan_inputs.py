"""What the plan service takes (re-exported: the classes live in :mod:`coop_desk.plan_inputs`, which imports
nothing of the services or the database, so the draft readers' processes start without them)."""

from __future__ import annotations

from coop_desk.plan_inputs import ActivityInput, ConsolidationInput

__all__ = ["ActivityInput", "ConsolidationInput"]
