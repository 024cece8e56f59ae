"""Example queries that `rubrics demo` runs and shows, so users learn the tables and views by example.

Kept as data in one place: the README's quick start and the demo print the same SQL.
"""

from __future__ import annotations

# (title, SQL): the title is a message code's text (rubrics/messages.py, `demo.q.*`), so the demo
# speaks the user's language; the SQL is the same in every language.
EXAMPLE_CODES = ("demo.q.top", "demo.q.totals", "demo.q.kinds", "demo.q.deductions")

EXAMPLE_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "Top categories of every scheme with their points",
        "SELECT file, scheme, path, points FROM item_paths WHERE depth = 1 ORDER BY file, scheme, ord LIMIT 12",
    ),
    (
        "Does each scheme add up? (stated total, sum of top categories, document scale)",
        "SELECT file, scheme, stated_total, top_sum, scale, n_items, n_rules FROM scheme_totals ORDER BY file, scheme",
    ),
    (
        "Rules per kind across the warehouse",
        "SELECT kind, sum(n_rules) AS rules, sum(n_with_amount) AS with_amount "
        "FROM rules_per_kind GROUP BY kind ORDER BY rules DESC",
    ),
    (
        "The largest deductions, with their items and source text",
        "SELECT scheme, item_path, amount, per, text FROM rules_with_items "
        "WHERE kind = 'deduct' AND amount IS NOT NULL ORDER BY amount DESC LIMIT 8",
    ),
)
