"""The C4S central sync server (``c4s-sync``)."""
