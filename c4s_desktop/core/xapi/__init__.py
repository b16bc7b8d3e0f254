"""xAPI 1.0.3 statements: building them on the device and checking them (shared with the server)."""
