"""Voices: the backend protocol (base.py), the registry of installed backends (registry.py),
and the built-in backends. Voices import nothing of `listen` but its error type."""
