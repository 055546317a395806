// The Kuzu schema of actorgraph's nodes.csv and edges.csv, and the COPY
// statements that load them (run in the output directory). Kuzu skips the
// header row and matches columns by position, so the properties are declared
// in the order of the files' columns. README.md shows these same statements.
CREATE NODE TABLE Actor(id STRING, label STRING, name STRING, names STRING, mentions INT64, documents INT64, first_date DATE, last_date DATE, PRIMARY KEY (id));
CREATE REL TABLE Relation(FROM Actor TO Actor, type STRING, code STRING, predicate STRING, role STRING, quad_class INT64, goldstein DOUBLE, count INT64, first_date DATE, last_date DATE, documents STRING, evidence STRING);
COPY Actor FROM 'nodes.csv' (HEADER=true, PARALLEL=false, AUTO_DETECT=false);
COPY Relation FROM 'edges.csv' (HEADER=true, PARALLEL=false, AUTO_DETECT=false);
