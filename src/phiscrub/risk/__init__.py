"""Jigsaw risk: how many people a post could describe, from the quasi-identifiers it keeps."""
