"""The kg vocabulary and the OWL ontology generated from the schema.

Every term lives in one fixed namespace, :data:`KG`: a class per entity type
(``kg:Person``), an object property per relation type in lowerCamelCase
(``SPOKE_AT`` -> ``kg:spokeAt``) and the fixed terms of :data:`TERMS` that describe
names, provenance, offsets and confidence. ``schemas/ontology.ttl`` is
:func:`build_ontology` of the bundled schema; a test fails when they differ.
Regenerate it with ``python -m kg.sinks.ontology``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.atomic import replacing
from kg.schema import SCHEMA_DIR, Schema, load_schema

KG = Namespace("https://kg.example.org/ontology#")
ONTOLOGY_IRI = URIRef("https://kg.example.org/ontology")
ONTOLOGY_FILE = SCHEMA_DIR / "ontology.ttl"
PREFIXES: dict[str, str] = {
    "kg": str(KG), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
    "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS),
}


@dataclass(frozen=True, slots=True)
class Term:
    """A fixed term of the vocabulary: its kind, domain, range and labels."""

    kind: URIRef
    domain: URIRef | None
    range: URIRef | None
    zh: str
    en: str
    comment: str


#: The fixed classes and properties, keyed by local name in :data:`KG`.
TERMS: dict[str, Term] = {
    "Entity": Term(OWL.Class, None, None, "实体", "entity", "Anything extracted from the articles."),
    "Document": Term(OWL.Class, None, None, "文档", "document", "A source article."),
    "Assertion": Term(OWL.Class, None, None, "断言", "assertion",
                      "One relation as stated in one document: the provenance of a direct triple."),
    "Qualifier": Term(OWL.Class, None, None, "限定", "qualifier", "A key/value property of an assertion."),
    "mentionedIn": Term(OWL.ObjectProperty, KG.Entity, KG.Document, "提及于", "mentioned in",
                        "A document that mentions the entity."),
    "qualifier": Term(OWL.ObjectProperty, KG.Assertion, KG.Qualifier, "限定", "qualifier",
                      "A key/value property of the assertion."),
    "entityId": Term(OWL.DatatypeProperty, KG.Entity, XSD.string, "标识", "entity id",
                     "The entity's id in graph.json and Neo4j: its type and normalised name."),
    "mentionCount": Term(OWL.DatatypeProperty, KG.Entity, XSD.integer, "提及次数", "mention count",
                         "How many times the articles mention the entity."),
    "evidence": Term(OWL.DatatypeProperty, KG.Assertion, XSD.string, "证据", "evidence",
                     "The sentence that states the relation."),
    "startOffset": Term(OWL.DatatypeProperty, KG.Assertion, XSD.integer, "起始位置", "start offset",
                        "Character offset in the document text where the evidence starts."),
    "endOffset": Term(OWL.DatatypeProperty, KG.Assertion, XSD.integer, "结束位置", "end offset",
                      "Character offset in the document text where the evidence ends (exclusive)."),
    "confidence": Term(OWL.DatatypeProperty, KG.Assertion, XSD.decimal, "置信度", "confidence",
                       "The extractor's confidence in the relation, from 0 to 1."),
    "source": Term(OWL.DatatypeProperty, KG.Document, XSD.string, "来源", "source",
                   "Where the article was read from: a path or URL."),
    "sha256": Term(OWL.DatatypeProperty, KG.Document, XSD.string, "摘要", "SHA-256",
                   "SHA-256 of the article text, lowercase hex."),
    "chars": Term(OWL.DatatypeProperty, KG.Document, XSD.integer, "字数", "characters",
                  "Length of the article text in characters."),
    "key": Term(OWL.DatatypeProperty, KG.Qualifier, XSD.string, "键", "key", "The qualifier's name."),
    "value": Term(OWL.DatatypeProperty, KG.Qualifier, XSD.string, "值", "value", "The qualifier's value."),
    "relationType": Term(OWL.AnnotationProperty, None, None, "关系类型", "relation type",
                         "The schema name of the relation type an object property stands for."),
}

#: Terms of other vocabularies the export uses, declared so every predicate is described.
EXTERNAL: dict[URIRef, tuple[URIRef, str]] = {
    RDFS.label: (OWL.AnnotationProperty, "The entity's canonical name, tagged @zh."),
    SKOS.altLabel: (OWL.AnnotationProperty, "Another name of the entity (alias), tagged @zh."),
    DCTERMS.title: (OWL.AnnotationProperty, "The document's title."),
    PROV.wasDerivedFrom: (OWL.ObjectProperty, "The document an assertion was extracted from."),
}


def property_name(relation_type: str) -> str:
    """The lowerCamelCase local name of a relation type: ``SPOKE_AT`` -> ``spokeAt``."""
    first, *rest = relation_type.lower().split("_")
    return first + "".join(part.capitalize() for part in rest)


@dataclass(frozen=True)
class Vocabulary:
    """IRIs of the schema's classes (by entity type) and object properties (by relation type)."""

    classes: dict[str, URIRef]
    properties: dict[str, URIRef]

    @classmethod
    def of(cls, schema: Schema) -> Vocabulary:
        """The schema's terms; raises ``ValueError`` if two names map to the same IRI."""
        classes = {name: KG[quote(name, safe="")] for name in schema.entity_types}
        properties = {name: KG[quote(property_name(name), safe="")] for name in schema.relation_types}
        taken = {KG[name]: f"the built-in term kg:{name}" for name in TERMS}
        for kind, terms in (("entity type", classes), ("relation type", properties)):
            for name, iri in terms.items():
                if iri in taken:
                    raise ValueError(f"{kind} {name}: its IRI {iri} clashes with {taken[iri]}")
                taken[iri] = f"{kind} {name}"
        return cls(classes, properties)


def _union(g: Graph, classes: list[URIRef]) -> URIRef | BNode:
    """``classes[0]`` alone, or an anonymous ``owl:unionOf`` class of them."""
    if len(classes) == 1:
        return classes[0]
    node = BNode()
    items = BNode()
    Collection(g, items, list(classes))
    g.add((node, RDF.type, OWL.Class))
    g.add((node, OWL.unionOf, items))
    return node


def _describe(g: Graph, iri: URIRef, kind: URIRef, zh: str, en: str, comment: str) -> None:
    g.add((iri, RDF.type, kind))
    g.add((iri, RDFS.label, Literal(zh, lang="zh")))
    g.add((iri, RDFS.label, Literal(en, lang="en")))
    if comment:
        g.add((iri, RDFS.comment, Literal(comment, lang="en")))


def build_ontology(schema: Schema | None = None) -> Graph:
    """The OWL ontology of ``schema`` (default: the bundled one) and the fixed terms."""
    schema = schema or load_schema()
    vocab = Vocabulary.of(schema)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    g.add((ONTOLOGY_IRI, RDFS.label, Literal("kg ontology", lang="en")))
    g.add((ONTOLOGY_IRI, RDFS.comment, Literal(
        "Generated from the kg schema by `python -m kg.sinks.ontology`; do not edit by hand.", lang="en")))
    for name, term in TERMS.items():
        _describe(g, KG[name], term.kind, term.zh, term.en, term.comment)
        if term.domain is not None:
            g.add((KG[name], RDFS.domain, term.domain))
        if term.range is not None:
            g.add((KG[name], RDFS.range, term.range))
    for iri, (kind, comment) in EXTERNAL.items():
        g.add((iri, RDF.type, kind))
        g.add((iri, RDFS.comment, Literal(comment, lang="en")))
    g.add((KG.Document, RDFS.subClassOf, PROV.Entity))
    g.add((KG.Assertion, RDFS.subClassOf, PROV.Entity))
    g.add((KG.Assertion, RDFS.subClassOf, RDF.Statement))
    for name, etype in schema.entity_types.items():
        _describe(g, vocab.classes[name], OWL.Class, etype.zh, etype.en, etype.description)
        g.add((vocab.classes[name], RDFS.subClassOf, KG.Entity))
    for name, rtype in schema.relation_types.items():
        iri = vocab.properties[name]
        _describe(g, iri, OWL.ObjectProperty, rtype.zh, rtype.en, rtype.description)
        g.add((iri, KG.relationType, Literal(name)))
        g.add((iri, RDFS.domain, _union(g, [vocab.classes[t] for t in rtype.head])))
        g.add((iri, RDFS.range, _union(g, [vocab.classes[t] for t in rtype.tail])))
    return g


def write_ontology(path: Path = ONTOLOGY_FILE, schema: Schema | None = None) -> Path:
    """Write :func:`build_ontology` as Turtle to ``path`` (atomically)."""
    with replacing(path) as tmp:
        build_ontology(schema).serialize(tmp, format="turtle", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_ontology(Path(sys.argv[1]) if len(sys.argv) > 1 else ONTOLOGY_FILE))
