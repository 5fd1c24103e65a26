"""Schemas the migrations run (storage/migrations.py), each in its own module."""
