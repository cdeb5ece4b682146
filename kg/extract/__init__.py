"""Extraction: registered stages over one ArticleDoc (:mod:`kg.extract.stages`) — annotate, mentions
(NER, gazetteer, patterns), discourse, relations (the rule table of :mod:`kg.extract.rules`), resolve."""
