"""Guided exercises: content as data, runs stored in the vault. See ``model.py``."""
