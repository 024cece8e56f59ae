"""Comparison for analysts in SQL: DuckDB macros over the warehouse tables `items` and `rules`.

Why macros as well as Python: `rubrics sql`, pandas and any DuckDB client can ask "what changed
between these two schemes" without our Python. They are TEMP macros, created on each connection
(`install_compare_sql(con)`, which the warehouse calls when it opens), so they work on read-only
connections and never need a migration.

The SQL matcher is a simpler cousin of compare/match.py (no jieba): names and parent paths by
edit distance, points, one-to-one by mutual best score. For the full matcher, use
`rubrics compare` or `rubrics.compare.diff.compare_schemes`.

  SELECT * FROM compare_items('<scheme a>', '<scheme b>');    -- every item, paired or not
  SELECT * FROM compare_schemes('<scheme a>', '<scheme b>');  -- one row per change
  SELECT * FROM compare_rules('<scheme a>', '<scheme b>');    -- rule changes within paired items
  SELECT * FROM points_by_unit;                                -- top categories' points per scheme
"""

from __future__ import annotations

import duckdb

# The thresholds mirror compare/match.py: ITEM_FLOOR and NAME_FLOOR.
ITEM_FLOOR = 0.6
NAME_FLOOR = 0.45

MACROS = f"""
-- 0..1 similarity of two texts: 1 - edit distance / longer length, after dropping spaces and
-- punctuation (党建工作（统战工作） = 党建工作(统战工作)); 1 when both are empty.
CREATE OR REPLACE TEMP MACRO rubrics_norm(t) AS
    lower(regexp_replace(coalesce(t, ''), '[\\s\\p{{P}}\\p{{S}}]', '', 'g'));
CREATE OR REPLACE TEMP MACRO rubrics_sim(x, y) AS
    CASE WHEN rubrics_norm(x) = rubrics_norm(y) THEN 1.0
         WHEN rubrics_norm(x) = '' OR rubrics_norm(y) = '' THEN 0.0
         ELSE 1.0 - levenshtein(rubrics_norm(x), rubrics_norm(y))
                    / greatest(length(rubrics_norm(x)), length(rubrics_norm(y)))::DOUBLE END;
-- a rule's condition (else its text) with numbers masked and normalised: the same rule text
-- with another amount has the same key (每少1次扣0.25分 = 每少1次扣0.5分)
CREATE OR REPLACE TEMP MACRO rubrics_rule_key(c, t) AS
    rubrics_norm(regexp_replace(coalesce(c, t), '[0-9.]+', '#', 'g'));
-- an item's full path, normalised: the anchor key (as compare/match.py's _path_key)
CREATE OR REPLACE TEMP MACRO rubrics_path_key(p) AS
    array_to_string(list_transform(p, lambda x: rubrics_norm(x)), '/');

-- every item of scheme a and of scheme b, paired one to one where they are the same item
CREATE OR REPLACE TEMP MACRO compare_items(a_id, b_id) AS TABLE
WITH a AS (SELECT *, rubrics_path_key(path) AS pkey FROM items WHERE scheme_id = a_id),
     b AS (SELECT *, rubrics_path_key(path) AS pkey FROM items WHERE scheme_id = b_id),
-- 1. anchors: a full path that occurs exactly once on each side is the same item
a_once AS (SELECT pkey FROM a GROUP BY pkey HAVING count(*) = 1),
b_once AS (SELECT pkey FROM b GROUP BY pkey HAVING count(*) = 1),
anchors AS (
    SELECT a.id AS a_item, b.id AS b_item, 1.0 AS confidence
    FROM a JOIN b ON a.pkey = b.pkey
    WHERE a.pkey IN (SELECT pkey FROM a_once) AND b.pkey IN (SELECT pkey FROM b_once)
),
-- 2. the rest: scored pairs, one to one by mutual best score
scored AS (
    SELECT a.id AS a_item, b.id AS b_item,
           0.55 * rubrics_sim(a.name, b.name)
         + 0.20 * rubrics_sim(array_to_string(list_slice(a.path, 1, len(a.path) - 1), '/'), array_to_string(list_slice(b.path, 1, len(b.path) - 1), '/'))
         + 0.10 * CASE WHEN a.points IS NOT DISTINCT FROM b.points THEN 1.0
                       WHEN a.points IS NULL OR b.points IS NULL THEN 0.5 ELSE 0.0 END AS score,
           rubrics_sim(a.name, b.name) AS name_sim, abs(a.ord - b.ord) AS gap
    FROM a CROSS JOIN b
    WHERE a.id NOT IN (SELECT a_item FROM anchors) AND b.id NOT IN (SELECT b_item FROM anchors)
),
ok AS (SELECT * FROM scored WHERE name_sim >= {NAME_FLOOR} AND score / 0.85 >= {ITEM_FLOOR}),
best AS (
    SELECT *, row_number() OVER (PARTITION BY a_item ORDER BY score DESC, gap, b_item) AS ra,
              row_number() OVER (PARTITION BY b_item ORDER BY score DESC, gap, a_item) AS rb
    FROM ok
),
pairs AS (SELECT a_item, b_item, round(score / 0.85, 3) AS confidence FROM best WHERE ra = 1 AND rb = 1
          UNION ALL SELECT * FROM anchors)
SELECT CASE WHEN a.id IS NULL THEN 'added' WHEN b.id IS NULL THEN 'dropped' ELSE 'matched' END AS status,
       a.id AS a_item, b.id AS b_item, p.confidence,
       a.path AS a_path, b.path AS b_path, a.name AS a_name, b.name AS b_name,
       a.points AS a_points, b.points AS b_points, a.weight_pct AS a_weight_pct, b.weight_pct AS b_weight_pct,
       a.method AS a_method, b.method AS b_method, a.assessor AS a_assessor, b.assessor AS b_assessor,
       a.parent AS a_parent, b.parent AS b_parent,
       a.page AS a_page, a.table_no AS a_table, a.row_no AS a_row, a.col_no AS a_col, a.paragraph AS a_paragraph,
       b.page AS b_page, b.table_no AS b_table, b.row_no AS b_row, b.col_no AS b_col, b.paragraph AS b_paragraph,
       coalesce(b.ord, a.ord) AS ord
FROM pairs p
FULL OUTER JOIN a ON a.id = p.a_item
FULL OUTER JOIN b ON b.id = p.b_item;

-- one row per change, like `rubrics compare --format json` (kind, path, field, before, after)
CREATE OR REPLACE TEMP MACRO compare_schemes(a_id, b_id) AS TABLE
WITH m AS (SELECT * FROM compare_items(a_id, b_id)),
parent_map AS (SELECT a_item, b_item FROM m WHERE status = 'matched')
SELECT 'item_added' AS kind, b_path AS path, 'item' AS field, NULL AS before, b_name AS after,
       a_item, b_item, confidence, ord FROM m WHERE status = 'added'
UNION ALL
SELECT 'item_dropped', a_path, 'item', a_name, NULL, a_item, b_item, confidence, ord FROM m WHERE status = 'dropped'
UNION ALL
SELECT 'renamed', b_path, 'name', a_name, b_name, a_item, b_item, confidence, ord FROM m
WHERE status = 'matched' AND rubrics_norm(a_name) <> rubrics_norm(b_name)
UNION ALL
SELECT 'moved', m.b_path, 'parent', array_to_string(list_slice(m.a_path, 1, len(m.a_path) - 1), ' / '), array_to_string(list_slice(m.b_path, 1, len(m.b_path) - 1), ' / '),
       m.a_item, m.b_item, m.confidence, m.ord
FROM m LEFT JOIN parent_map pm ON pm.a_item = m.a_parent
WHERE m.status = 'matched' AND NOT (m.a_parent IS NULL AND m.b_parent IS NULL)
  AND pm.b_item IS DISTINCT FROM m.b_parent
UNION ALL
SELECT 'repointed', b_path, 'points', a_points::VARCHAR, b_points::VARCHAR, a_item, b_item, confidence, ord FROM m
WHERE status = 'matched' AND a_points IS DISTINCT FROM b_points
UNION ALL
SELECT 'reweighted', b_path, 'weight_pct', a_weight_pct::VARCHAR, b_weight_pct::VARCHAR, a_item, b_item, confidence, ord
FROM m WHERE status = 'matched' AND a_weight_pct IS DISTINCT FROM b_weight_pct
UNION ALL
SELECT 'method_changed', b_path, 'method', a_method, b_method, a_item, b_item, confidence, ord FROM m
WHERE status = 'matched' AND rubrics_norm(a_method) <> rubrics_norm(b_method)
UNION ALL
SELECT 'assessor_changed', b_path, 'assessor', a_assessor, b_assessor, a_item, b_item, confidence, ord FROM m
WHERE status = 'matched' AND rubrics_norm(a_assessor) <> rubrics_norm(b_assessor);

-- rules of paired items: same rule when the condition text (numbers masked) is the most alike
CREATE OR REPLACE TEMP MACRO compare_rules(a_id, b_id) AS TABLE
WITH m AS (SELECT a_item, b_item, b_path FROM compare_items(a_id, b_id) WHERE status = 'matched'),
ra AS (SELECT r.*, m.b_item AS pair, m.b_path, rubrics_rule_key(r.condition, r.text) AS tkey
       FROM rules r JOIN m ON r.item_id = m.a_item WHERE r.scheme_id = a_id),
rb AS (SELECT r.*, r.item_id AS pair, rubrics_rule_key(r.condition, r.text) AS tkey
       FROM rules r WHERE r.scheme_id = b_id AND r.item_id IN (SELECT b_item FROM m)),
-- the same condition twice in an item: the k-th on one side is the k-th on the other
ra_n AS (SELECT *, row_number() OVER (PARTITION BY item_id, tkey ORDER BY ord) AS dup FROM ra),
rb_n AS (SELECT *, row_number() OVER (PARTITION BY item_id, tkey ORDER BY ord) AS dup FROM rb),
scored AS (
    SELECT ra.id AS a_rule, rb.id AS b_rule,
           CASE WHEN ra.tkey = rb.tkey THEN 1.0 ELSE rubrics_sim(ra.tkey, rb.tkey) END AS text_sim,
           abs(ra.dup - rb.dup) AS dup_gap, abs(ra.ord - rb.ord) AS gap
    FROM ra_n ra JOIN rb_n rb ON ra.pair = rb.pair
),
best AS (
    SELECT *, row_number() OVER (PARTITION BY a_rule ORDER BY text_sim DESC, dup_gap, gap, b_rule) AS x,
              row_number() OVER (PARTITION BY b_rule ORDER BY text_sim DESC, dup_gap, gap, a_rule) AS y
    FROM scored WHERE text_sim >= 0.8
),
pairs AS (SELECT a_rule, b_rule FROM best WHERE x = 1 AND y = 1),
joined AS (
    SELECT CASE WHEN ra.id IS NULL THEN 'rule_added' WHEN rb.id IS NULL THEN 'rule_dropped' ELSE 'matched' END AS status,
           coalesce(ra.b_path, (SELECT any_value(b_path) FROM m WHERE m.b_item = rb.item_id)) AS path,
           ra.id AS a_rule, rb.id AS b_rule, ra.kind AS a_kind, rb.kind AS b_kind,
           ra.amount AS a_amount, rb.amount AS b_amount, ra.amount_max AS a_amount_max, rb.amount_max AS b_amount_max,
           ra.per AS a_per, rb.per AS b_per, ra.text AS a_text, rb.text AS b_text
    FROM pairs p FULL OUTER JOIN ra ON ra.id = p.a_rule FULL OUTER JOIN rb ON rb.id = p.b_rule
)
SELECT status AS kind, path, NULL AS field, a_text AS before, b_text AS after, a_rule, b_rule FROM joined
WHERE status <> 'matched'
UNION ALL SELECT 'rule_changed', path, 'kind', a_kind, b_kind, a_rule, b_rule FROM joined
WHERE status = 'matched' AND a_kind IS DISTINCT FROM b_kind
UNION ALL SELECT 'rule_changed', path, 'amount', a_amount::VARCHAR, b_amount::VARCHAR, a_rule, b_rule FROM joined
WHERE status = 'matched' AND a_amount IS DISTINCT FROM b_amount
UNION ALL SELECT 'rule_changed', path, 'amount_max', a_amount_max::VARCHAR, b_amount_max::VARCHAR, a_rule, b_rule
FROM joined WHERE status = 'matched' AND a_amount_max IS DISTINCT FROM b_amount_max
UNION ALL SELECT 'rule_changed', path, 'per', a_per, b_per, a_rule, b_rule FROM joined
WHERE status = 'matched' AND a_per IS DISTINCT FROM b_per;
"""

# Views: created as TEMP too (they use only the warehouse's own tables).
VIEWS = """
-- the points of each scheme's top categories: rows per (scheme, category), for charts across units
CREATE OR REPLACE TEMP VIEW points_by_unit AS
SELECT s.name AS scheme, d.year, d.file, i.name AS category, i.points, i.weight_pct, i.ord,
       s.id AS scheme_id, s.document_id
FROM items i JOIN schemes s ON s.id = i.scheme_id AND s.document_id = i.document_id
JOIN documents d ON d.id = i.document_id
WHERE i.parent IS NULL;
"""


def install_compare_sql(con: duckdb.DuckDBPyConnection) -> None:
    """Create the compare macros and views on this connection (safe to call again)."""
    con.execute(MACROS)
    con.execute(VIEWS)
