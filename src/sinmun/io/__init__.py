"""Readers and writers around the extractor."""
