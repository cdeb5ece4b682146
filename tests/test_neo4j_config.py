"""Neo4j settings without a server: where the connection settings and password come from, and the
queries file format."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from kg.cli.neo4j import lucene_query, read_queries
from kg.sinks.neo4j import LOCAL_PASSWORD, MIN_VERSION, Neo4jConfig, Neo4jLoadError, release


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_DATABASE", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KG_CONFIG", str(tmp_path / "kg.toml"))
    return tmp_path / "kg.toml"


def test_arguments_then_environment_then_config_file_then_local_defaults(clean_env, monkeypatch):
    assert Neo4jConfig.from_env() == Neo4jConfig("bolt://127.0.0.1:7687", "neo4j", "neo4j", LOCAL_PASSWORD)
    clean_env.write_text('[neo4j]\nuri = "bolt://db:7687"\nuser = "reader"\npassword = "from-file"\n',
                         encoding="utf-8")
    assert Neo4jConfig.from_env() == Neo4jConfig("bolt://db:7687", "reader", "neo4j", "from-file")
    monkeypatch.setenv("NEO4J_URI", "neo4j://env:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    assert Neo4jConfig.from_env() == Neo4jConfig("neo4j://env:7687", "reader", "neo4j", "from-env")
    assert Neo4jConfig.from_env(uri="bolt://arg:1", database="kg").uri == "bolt://arg:1"
    assert Neo4jConfig.from_env(uri="bolt://arg:1", database="kg").database == "kg"


def test_the_password_is_never_in_the_repr(clean_env, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-value")
    config = Neo4jConfig.from_env()
    assert config.password == "s3cret-value"
    assert "s3cret-value" not in repr(config) + str(config)


def test_a_broken_config_file_is_named_in_one_line(clean_env):
    clean_env.write_text("[neo4j\npassword = 1", encoding="utf-8")
    with pytest.raises(Neo4jLoadError, match=r"kg\.toml: cannot read the configuration") as error:
        Neo4jConfig.from_env()
    assert "\n" not in str(error.value)


def test_search_text_becomes_quoted_phrases():
    assert lucene_query("海关") == '"海关"'
    assert lucene_query(' 海关  总署 ') == '"海关" "总署"'
    assert lucene_query('a"b\\c') == '"a\\"b\\\\c"'


def test_queries_file_blocks_parse_with_their_parameters():
    queries = read_queries(EXAMPLES / "queries.cypher")
    positions = queries["positions"]
    assert positions.question == "What positions does a person hold, and where is each stated?"
    assert positions.params == ("person=黄晓薇",)
    assert positions.cypher.startswith("MATCH (p:Person)-[r:HOLDS_POSITION]->(pos:Position)")
    assert "//" not in positions.cypher and not positions.cypher.endswith(";")
    assert queries["path_between_people"].params == ("from=王辉忠", "to=倪岳峰")


def test_server_versions_compare_by_release():
    assert release("5.26.30") == (5, 26) >= MIN_VERSION
    assert release("2025.10.1") >= MIN_VERSION  # calendar versions after 5.26
    assert release("5.9.0-aura") == (5, 9) < MIN_VERSION
