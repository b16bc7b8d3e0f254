"""Progress is an event log: statements are the truth, item states are derived from them."""
