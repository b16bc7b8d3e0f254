"""Devices, admins and their credentials."""
