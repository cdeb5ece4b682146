"""Extraction: mentions from NER, gazetteer and patterns; relations from triggers and SRL."""
