"""Qt item models over the read models of the services (one per list)."""
