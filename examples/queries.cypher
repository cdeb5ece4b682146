// Questions people ask of the graph that `kg load` writes to Neo4j.
//
// Format: each query starts with a header line "// == NAME: question", may have a line
// "// params: key=value ..." giving example parameters (values without spaces), then comments
// and the Cypher text, which ends with ";". Run one by name; -p overrides a parameter:
//   kg query -f examples/queries.cypher positions -p person=倪岳峰
// or paste its Cypher into kg query, Neo4j Browser or cypher-shell with the parameters set.
// Names match an entity's canonical name or any of its aliases.

// == meeting_roles: Who chaired or spoke at which meetings?
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT]->(e:Event)
RETURN p.name AS person, type(r) AS role, e.name AS meeting, r.doc AS document
ORDER BY meeting, role, person;

// == commended_cases: Which cases did a body commend, and for what?
// params: org=海关总署
MATCH (o:Organization)-[r:COMMENDED]->(c:Case)
WHERE $org IN [o.name] + o.aliases
RETURN c.name AS case, r.evidence AS evidence, r.doc AS document
ORDER BY case;

// == positions: What positions does a person hold, and where is each stated?
// params: person=黄晓薇
MATCH (p:Person)-[r:HOLDS_POSITION]->(pos:Position)
WHERE $person IN [p.name] + p.aliases
RETURN pos.name AS position, r.organization AS organization, collect(DISTINCT r.doc) AS documents
ORDER BY position;

// == co_mentioned: Which entities are mentioned in the same articles as an organization?
// params: name=海关总署
MATCH (o:Entity)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(x:Entity)
WHERE $name IN [o.name] + o.aliases AND x <> o
RETURN x.name AS entity, [l IN labels(x) WHERE l <> 'Entity'][0] AS type, count(DISTINCT d) AS articles
ORDER BY articles DESC, entity
LIMIT 25;

// == meetings_by_date: When did each meeting take place, who held it, and where is it reported?
// Dates are kept as written in the article ("5月31日", "2月23日下午").
MATCH (e:Event)-[r:OCCURRED_ON]->(d:Date)
OPTIONAL MATCH (host:Organization)-[:HELD]->(e)
RETURN d.name AS date, e.name AS meeting, collect(DISTINCT host.name) AS held_by, r.doc AS document
ORDER BY document, date, meeting;

// == meetings_held: Which meetings did an organization hold, and who took part?
// params: org=全国妇联
MATCH (o:Organization)-[:HELD]->(e:Event)
WHERE $org IN [o.name] + o.aliases
OPTIONAL MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(e)
RETURN e.name AS meeting, p.name AS participant, type(r) AS role
ORDER BY meeting, role, participant;

// == path_between_people: How are two people connected (through meetings, bodies, concepts)?
// Links through shared articles (MENTIONED_IN) are left out, so the path is made of statements.
// params: from=王辉忠 to=倪岳峰
MATCH (a:Person), (b:Person)
WHERE $from IN [a.name] + a.aliases AND $to IN [b.name] + b.aliases
MATCH path = shortestPath((a)-[*..8]-(b))
WHERE all(r IN relationships(path) WHERE type(r) <> 'MENTIONED_IN')
RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relations,
       length(path) AS hops;

// == fulltext: Which entities have a name or alias containing these Chinese words (ranked)?
// The index uses the cjk analyzer; text is Lucene syntax (kg search quotes it for you).
// params: text=海关
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, node.aliases AS aliases,
       round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 10;

// == provenance: Which articles state a relation between two entities, with the evidence?
// params: head=习近平 tail=总书记
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $head IN [a.name] + a.aliases AND $tail IN [b.name] + b.aliases
MATCH (d:Document {id: r.doc})
RETURN type(r) AS relation, d.title AS article, d.source AS source, r.evidence AS evidence,
       r.start AS start, r.end AS end, r.confidence AS confidence
ORDER BY article, start;

// == most_mentioned: Which entities of each type are mentioned most?
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document)
WITH e, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, count(m) AS articles
ORDER BY articles DESC, e.mentions DESC, e.name
WITH type, collect({name: e.name, articles: articles, mentions: e.mentions})[..3] AS top
RETURN type, top
ORDER BY type;
