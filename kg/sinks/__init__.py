"""Sinks: everything that reads the :class:`~kg.model.KnowledgeGraph` and writes it somewhere.

``neo4j`` (Bolt loader), ``neo4j_csv`` (neo4j-admin import files), ``rdf`` (Turtle, TriG,
N-Triples, JSON-LD with provenance), ``html`` (the interactive page).
"""
