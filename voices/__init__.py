"""Voices: the backend protocol, the registry of installed backends, and the built-in backends.

`listen` is imported first because voices raise its ListenError, and `listen` in turn
uses the registry: importing it here keeps that order the same whichever package a user
imports first.
"""

import listen  # noqa: F401
