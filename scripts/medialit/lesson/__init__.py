"""The lesson stage: a lesson composed from a text and its analysis (``compose``), with its guiding
questions, source and bias, verification, readings, outlet profiles, exercises and units."""

from .compose import Lesson, compose_lesson

__all__ = ["Lesson", "compose_lesson"]
