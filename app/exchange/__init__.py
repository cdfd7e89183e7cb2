"""The therapist packet (and, later, the full export and import): plain data and its
renderers, no Qt. The window twin is ``ui/exchange``."""
