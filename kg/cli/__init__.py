"""The ``kg`` command: a thin layer over the Python API.

Subcommands are imported only when used, so ``kg --help`` stays fast and a
missing optional stack (HanLP, a browser) never breaks the others.
"""

from __future__ import annotations

import logging
from importlib import import_module

import click

#: command name -> "module:attribute" of a click command.
COMMANDS: dict[str, str] = {
    "build": "kg.cli.build:build",
    "eval": "kg.cli.evaluate:evaluate",
    "export": "kg.cli.export:export",
    "load": "kg.cli.neo4j:load",
    "query": "kg.cli.neo4j:query",
    "search": "kg.cli.neo4j:search",
    "validate": "kg.cli.rdf:validate",
    "view": "kg.cli.view:view",
    "models": "kg.cli.models:models",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build knowledge graphs from Chinese government and party news.

    \b
    kg build examples/ --out out      articles -> out/graph.json, kg.ttl, graph.html
    kg load out/graph.json            load into Neo4j (NEO4J_PASSWORD)
    kg query "MATCH (n) RETURN n.name LIMIT 5"
    kg export --format turtle out/kg.ttl
    kg view out --around 海关总署       a focused interactive page
    """
    # The Neo4j driver warns on every retried transaction (a deadlock between parallel batches is
    # retried and harmless); real failures still reach the user as errors.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
