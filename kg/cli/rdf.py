"""``kg validate``: check an RDF export against the SHACL shapes and the ontology."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from kg.cli._common import err_console, fail, say
from kg.cli.export import RDF_FORMATS


@click.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(RDF_FORMATS),
              help="RDF format of FILE [default: from the suffix: .ttl, .trig, .nt, .jsonld].")
@click.option("--schema", "schemas", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra schema YAML the graph was built with (repeatable), as for kg build.")
def validate(file: Path, fmt: str | None, schemas: tuple[str, ...]) -> None:
    """Check FILE (kg.ttl or a kg export) against schemas/shapes.ttl.

    pyshacl validates, without inference, the union of the file's graphs plus the
    ontology generated from the schema. Prints "conforms" or every violation; exits 1
    when the file does not conform or cannot be read.
    """
    from kg.schema import load_schema
    from kg.sinks.rdf import validate as validate_rdf

    try:
        schema = load_schema(schemas)
        with err_console.status(Text(f"validating {file}")):
            conforms, report = validate_rdf(file, schema, fmt)
    except ValueError as exc:
        fail(" ".join(str(exc).split()))
    if not conforms:
        say(report)
        fail(f"{file} does not conform to the kg shapes")
    say(f"{file}: conforms to the kg shapes and ontology")
