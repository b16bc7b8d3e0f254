"""The client sync engine (outbox push, pull, enrollment) and catalog downloads."""
