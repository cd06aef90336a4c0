"""Recognizer data (YAML patterns, keep-list, name lists), installed as package data ``phiscrub.recognizer_data``."""
