# The summary graph: rows derived at build time, in the same store generation, from the article graphs
# and the materialized union default graph, for the prebuilt queries whose work is otherwise in
# tens of thousands of rows before grouping or inside GRAPH ?article. Derived data, not facts: it is
# not part of the union default graph, the dumps or the entity pages, and the build writes it again
# whenever the named graphs change (org.radkg.store.SummaryGraph runs this file).
#
# A build that updates a generation in place derives only the rows its change can touch: it deletes
# them and runs the INSERTs below with each "# rows of ?x" line replaced by VALUES ?x { ... } (the
# entities whose rows changed; none for a part the change leaves alone). Run as it is, a comment
# line is nothing, so the text below is also the full derivation (org.radkg.store.SummaryScope).
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX rkg: <https://w3id.org/radkg/ontology#>
PREFIX rks: <https://w3id.org/radkg/summary#>

DROP SILENT GRAPH <https://w3id.org/radkg/summary> ;

# initiatives-by-topic: each pair of a topic's name and an initiative's or event's name once, with the
# number of articles about the topic that mention it (about 160k article/topic/mention rows grouped
# into about 10,000 at scale 100). Keyed by names, as the query groups, so the counts are the query's own.
# The pairs with the same topic name and count hang from one node, named by the two, with their
# initiative names as its values: the query then reads each pair's own name and no more, instead of
# joining three triples per pair (a lookup each, most of its time with 10,000 pairs).
INSERT { GRAPH <https://w3id.org/radkg/summary> {
  ?group rks:topicLabel ?topicLabel ; rks:articles ?articles ; rks:initiativeLabel ?initiativeLabel } }
WHERE {
  { SELECT ?topicLabel ?initiativeLabel (COUNT(DISTINCT ?article) AS ?articles) WHERE {
    { SELECT ?initiative ?initiativeLabel WHERE {
        # rows of ?initiative
        { ?initiative a rkg:Initiative } UNION { ?initiative a schema:Event }
        ?initiative rdfs:label ?initiativeLabel .
    } GROUP BY ?initiative ?initiativeLabel }
    ?article schema:mentions ?initiative ; schema:about ?topic .
    { SELECT DISTINCT ?topic ?topicLabel WHERE { ?topic skos:prefLabel ?topicLabel } GROUP BY ?topic ?topicLabel }
  } GROUP BY ?topicLabel ?initiativeLabel }
  BIND(IRI(CONCAT("https://w3id.org/radkg/summary#topic-", SHA256(CONCAT(STR(?topicLabel), "@",
    LANG(?topicLabel), "^", STR(DATATYPE(?topicLabel)), " ", STR(?articles))))) AS ?group)
} ;

# collaboration-across-societies: its answer's rows. For each organization name, the societies in
# whose article graphs a collaboration, membership or participation of an organization with that
# name is stated (the relation and the society in the same article graph), counted and their
# acronyms joined; only names reported by two societies or more. Keyed by the organization's name.
INSERT { GRAPH <https://w3id.org/radkg/summary> {
  [] rks:organizationLabel ?organizationLabel ; rks:societies ?societies ; rks:reportedBy ?reportedBy } }
WHERE {
  SELECT ?organizationLabel (COUNT(DISTINCT ?society) AS ?societies)
      (GROUP_CONCAT(DISTINCT ?societyLabel; separator=", ") AS ?reportedBy) WHERE {
    # Rows sorted by society before grouping: GROUP_CONCAT joins in row order, otherwise the store's.
    { SELECT ?organizationLabel ?society ?societyLabel WHERE {
      { SELECT DISTINCT ?organization ?society WHERE {
          # rows of ?organization
          # rkg:participatesIn is materialized, in the same article graph, for every sub-property fact.
          VALUES ?p { rkg:participatesIn rkg:collaboratesWith org:memberOf }
          GRAPH ?article { ?organization ?p ?other . ?article rkg:reportedBy ?society . }
      } }
      { SELECT ?organization ?organizationLabel WHERE {
          # rows of ?organization
          ?organization a org:Organization ; rdfs:label ?organizationLabel
        } GROUP BY ?organization ?organizationLabel }
      { SELECT ?society ?societyLabel WHERE { ?society rkg:acronym ?societyLabel } GROUP BY ?society ?societyLabel }
    } ORDER BY ?societyLabel }
  }
  GROUP BY ?organizationLabel
  HAVING (COUNT(DISTINCT ?society) >= 2)
} ;

# rsna-global-learning-centers (for any program): each host of a program that does not lead it, once
# per topic of the articles stating the hosting (no topic where one of them has none, or where no
# statement is found), with the host's first year: the least year of a site of the program dated in
# a stating article, else of the program's own start (none where one of them has no year).
INSERT { GRAPH <https://w3id.org/radkg/summary> {
  [] rks:host ?host ; rks:program ?program ; rks:topic ?topic ; rks:startYear ?startYear } }
WHERE {
  { SELECT DISTINCT ?host ?program ?topic WHERE {
      # rows of ?program
      ?host rkg:hosts ?program .
      FILTER NOT EXISTS { ?host rkg:leads ?program }
      OPTIONAL {
        GRAPH ?article { ?st rdf:subject ?host ; rdf:predicate rkg:hosts ; rdf:object ?program }
        OPTIONAL { ?article schema:about ?topic }
      }
  } }
  { SELECT ?host ?program (MIN(?year) AS ?startYear) WHERE {
      { SELECT DISTINCT ?host ?program ?year WHERE {
        # rows of ?program
        ?host rkg:hosts ?program .
        FILTER NOT EXISTS { ?host rkg:leads ?program }
        OPTIONAL {
          GRAPH ?article { ?st rdf:subject ?host ; rdf:predicate rkg:hosts ; rdf:object ?program }
          OPTIONAL { GRAPH ?article { ?site rkg:partOf|^rkg:partOf ?program ; schema:startDate ?date } }
        }
        OPTIONAL { ?program schema:startDate ?programDate }
        BIND(SUBSTR(STR(COALESCE(?date, ?programDate)), 1, 4) AS ?year)
      } }
  } GROUP BY ?host ?program }
} ;

# activity-by-society-and-year: its answer's rows. For each reporting society's name and year, the
# initiatives and events dated in that year in the society's article graphs, and those graphs,
# counted. Keyed by the society's name.
INSERT { GRAPH <https://w3id.org/radkg/summary> {
  [] rks:activitySocietyLabel ?societyLabel ; rks:year ?year ;
     rks:initiativesAndEvents ?initiativesAndEvents ; rks:articlesInYear ?articles } }
WHERE {
  SELECT ?societyLabel ?year (COUNT(DISTINCT ?thing) AS ?initiativesAndEvents)
      (COUNT(DISTINCT ?article) AS ?articles) WHERE {
    { SELECT ?society ?societyLabel WHERE {
        { SELECT DISTINCT ?society WHERE {
          # rows of ?society
          ?anyArticle rkg:reportedBy ?society
        } }
        ?society rdfs:label ?societyLabel .
    } }
    GRAPH ?article { ?article rkg:reportedBy ?society . ?thing schema:startDate ?date . }
    BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
  }
  GROUP BY ?societyLabel ?year
} ;

# organizations-initiatives: its answer's rows. Each organization with each initiative or event it
# leads, partners in, funds, hosts or otherwise takes part in, as the facts' statements say, with both
# names. Keyed by the organization.
INSERT { GRAPH <https://w3id.org/radkg/summary> {
  [] rks:participant ?participant ; rks:participantLabel ?participantLabel ; rks:role ?role ;
     rks:initiative ?initiative ; rks:initiativeName ?initiativeLabel } }
WHERE {
  SELECT DISTINCT ?participant ?participantLabel ?role ?initiative ?initiativeLabel WHERE {
    # rows of ?participant
    VALUES ?p { rkg:participatesIn rkg:leads rkg:partnersIn rkg:funds rkg:hosts }
    ?statement rdf:subject ?participant ; rdf:predicate ?p ; rdf:object ?initiative .
    ?participant rdfs:label ?participantLabel .
    ?initiative rdfs:label ?initiativeLabel .
    BIND(STRAFTER(STR(?p), "#") AS ?role)
  }
}
