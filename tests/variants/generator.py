"""A seeded random rubric and the layout it is drawn in.

Why: to measure the reader on layouts it has never seen, each variant is a tree whose every number is
known (children sum to their parent, tops to the scale) plus one choice per layout knob. Everything
comes from one `random.Random`, so `generate(seed, index)` is the same variant on every machine.
The vocabulary below is generic and written for this generator (no shared document's item names).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---------------------------------------------------------------- vocabulary (generic, our own)
TOP_NAMES = (
    "党建工作", "业务工作", "综合管理", "安全稳定", "队伍建设", "服务质量", "基础管理", "创新发展",
    "机关效能", "民生保障", "目标任务", "规范运行", "社会治理", "教学科研", "医疗质量", "经营管理",
    "群众评议", "廉政建设", "环境保护", "信息化建设", "公共服务", "运行保障",
)
TOPICS = (
    "组织", "制度", "宣传", "培训", "财务", "档案", "信息", "安全", "考勤", "值班", "设备", "应急",
    "隐患", "资产", "合同", "采购", "保密", "后勤", "卫生", "消防", "信访", "统计", "会议", "文件",
    "网络", "车辆", "人才", "计划", "督办", "舆情", "质量", "服务", "调研", "协调",
)
ASPECTS = ("建设", "管理", "落实", "台账", "检查", "整改", "报送", "保障", "规范", "推进", "维护", "宣贯")
FIXED_NAMES = (
    "满意度测评", "应急演练", "隐患排查", "信息报送", "会议记录", "考勤管理", "值班值守", "学习教育",
    "台账管理", "制度落实", "组织建设", "意识形态", "队伍培训", "工作计划", "总结报告", "材料归档",
)
ACTS = ("建立台账", "报送材料", "组织学习", "开展检查", "落实整改", "召开会议", "完善制度", "更新档案")
BADS = ("重大安全责任事故", "严重违纪违法行为", "重大舆情事件", "重大失泄密事件")
REQUIREMENTS = (
    "{n}相关制度健全，责任明确，工作有序开展",
    "按要求做好{n}各项工作，资料齐全规范",
    "{n}工作计划明确，措施具体，落实到位",
    "定期开展{n}工作，及时总结并整改问题",
    "{n}职责清楚，流程规范，记录完整",
)
METHODS = ("查阅资料", "实地检查", "查看台账", "现场考核", "问卷调查", "查阅资料、实地查看")
ASSESSORS = ("办公室", "组织部", "人事科", "财务科", "综合科", "党政办", "督查室")
UNITS = ("行政科", "后勤科", "信息科", "医务科", "教务处", "学工处", "一分厂", "二分厂", "第一工区", "第二工区")
ORGS = ("某市", "某县", "某单位", "某医院", "某学院", "某公司", "某街道", "某镇")
KINDS = ("绩效考核评分表", "目标管理考核细则", "工作考核评分标准", "综合考评表", "考核评分细则")
SCHEME_KINDS = ("机关科室", "基层单位", "职能部门", "业务部门", "直属单位")

# header synonyms per column role (simplified; the traditional form is made by OpenCC s2tw)
TREE_HEADERS = (
    ("一级指标", "二级指标", "三级指标", "四级指标"),
    ("类别", "项目", "子项目", "细目"),
    ("考核类别", "考核项目", "考核要点", "考核细项"),
    ("考核项目", "考核内容"),
    ("考核内容",),
    ("考核指标",),
)
TREE_HEADERS_ONE = ("考核项目", "考核内容", "考核指标", "项目", "考核要点")  # the item column of a one-level table
HEADERS = {
    "content": ("考核内容", "工作要求", "考核要求", "工作任务", "目标任务"),
    "standard": ("评分标准", "评分细则", "考核标准", "扣分标准", "计分办法"),
    "criteria": ("评分标准", "考核内容及评分标准", "考核标准", "评分办法"),
    "points": ("分值", "标准分", "分数", "满分", "基本分", "考核分值", "标准分值"),
    "weight": ("权重", "权重（%）", "占比"),
    "method": ("考核方法", "评分方法", "考核方式"),
    "assessor": ("考核单位", "责任单位", "考核部门", "牵头部门"),
    "answer": ("得分", "自评得分", "扣分原因", "考核得分", "备注"),
    "seq": ("序号",),
    "unit": ("被考核单位", "部门", "科室", "考核对象"),
}
GROUP_HEADERS = {"tree": ("考核指标", "指标体系", "考核项目"), "criteria": ("考核要求及评分", "考核内容与标准")}

# leaf point granularity per scale (a 千分制 table counts in fives)
LEAF_UNIT = {100: 1, 150: 1, 400: 2, 1000: 5}
SCALES = (100, 100, 150, 400, 1000)
MAX_LEAVES = 30

CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (enough for numbering up to 99)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------- the model
@dataclass
class RuleSpec:
    """One rule the criteria text states: what compare expects to be read from it."""

    kind: str
    amount: float | None


@dataclass
class Node:
    name: str
    points: float
    weight: float | None = None
    requirement: str = ""
    rule_text: str = ""  # the clauses stating the rules, as written
    rules: list[RuleSpec] = field(default_factory=list)
    method: str = ""
    assessor: str = ""
    children: list[Node] = field(default_factory=list)
    points_stated: bool = True  # whether the layout writes this node's points anywhere

    def leaves(self) -> list[Node]:
        return [self] if not self.children else [x for c in self.children for x in c.leaves()]

    def walk(self, path: tuple[str, ...] = ()):
        """(path, node) for this node and every descendant, parents first."""
        here = (*path, self.name)
        yield here, self
        for c in self.children:
            yield from c.walk(here)


@dataclass
class SchemeSpec:
    name: str | None  # the name the document gives (None: not named, compare does not check it)
    total: float
    roots: list[Node]
    title: str = ""  # caption line written above a table / prose heading

    def walk(self):
        for r in self.roots:
            yield from r.walk()


@dataclass
class Variant:
    seed: int
    index: int
    family: str  # docx | xlsx | prose
    knobs: dict[str, str]
    schemes: list[SchemeSpec]
    title: str

    @property
    def label(self) -> str:
        return f"{self.family}-{self.seed}-{self.index}"


# ---------------------------------------------------------------- trees
class _Names:
    """Distinct item names for one scheme: fixed names first, then topic × aspect compounds."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        tops = list(TOP_NAMES)
        rng.shuffle(tops)
        self.tops = tops
        pool = list(FIXED_NAMES) + [t + a for t in TOPICS for a in ASPECTS if t not in a and a not in t]
        rng.shuffle(pool)
        self.pool = pool

    def top(self) -> str:
        return self._take(self.tops)

    def inner(self) -> str:
        return self._take(self.pool)

    def _take(self, pool: list[str]) -> str:
        while pool:
            name = pool.pop()
            if name not in self.used and not any(name in u or u in name for u in self.used):
                self.used.add(name)
                return name
        raise RuntimeError("vocabulary exhausted")


def _shape(rng: random.Random, depth: int, max_leaves: int) -> list:
    """Nested lists of child counts: a leaf is []. Retries until the tree is small enough."""

    def grow(level: int):
        if level == depth:
            return []
        hi = 6 if depth - level <= 2 else 4
        return [grow(level + 1) for _ in range(rng.randint(2, hi))]

    for _ in range(50):
        tree = grow(0)
        if _count(tree) <= max_leaves:
            return tree
    def binary(level: int):  # the smallest tree of that depth
        return [] if level == depth else [binary(level + 1), binary(level + 1)]

    return binary(0)


def _count(shape) -> int:
    return sum(_count(c) if c else 1 for c in shape) if shape else 1


def _split(rng: random.Random, total: float, mins: list[float], unit: float) -> list[float]:
    """Integers (in `unit`s) at least `mins`, summing exactly to `total`."""
    parts = list(mins)
    spare = round((total - sum(mins)) / unit)
    for _ in range(spare):
        parts[rng.randrange(len(parts))] += unit
    return [round(p, 6) for p in parts]


def _ceil_to(x: float, unit: float) -> float:
    n = -(-x // unit)
    return n * unit


def build_scheme(rng: random.Random, depth: int, total: int, weights: bool, max_leaves: int) -> list[Node]:
    names = _Names(rng)
    shape = _shape(rng, depth, max_leaves)
    leaf_unit = LEAF_UNIT[total]
    top_unit = total / 100 if weights else leaf_unit

    def make(sub, points: float, level: int) -> Node:
        node = Node(name=names.top() if level == 0 else names.inner(), points=points)
        if sub:
            mins = [_count(c) * leaf_unit if c else leaf_unit for c in sub]
            for p, c in zip(_split(rng, points, mins, leaf_unit), sub, strict=True):
                node.children.append(make(c, p, level + 1))
        return node

    mins = [_ceil_to((_count(c) if c else 1) * leaf_unit, top_unit) for c in shape]
    roots = [make(c, p, 0) for p, c in zip(_split(rng, total, mins, top_unit), shape, strict=True)]
    if weights:
        for r in roots:
            r.weight = round(r.points * 100 / total, 6)
    for root in roots:
        for leaf in root.leaves():
            _criteria(rng, leaf, total)
    return roots


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _criteria(rng: random.Random, leaf: Node, total: int) -> None:
    """A requirement sentence and 0–2 rule clauses whose rules are known."""
    leaf.requirement = rng.choice(REQUIREMENTS).format(n=leaf.name)
    leaf.method = rng.choice(METHODS)
    leaf.assessor = rng.choice(ASSESSORS)
    p = leaf.points
    small = [a for a in ((0.5, 1, 2, 3) if total <= 150 else (1, 2, 5, 10)) if a <= p] or [p]
    act = rng.choice(ACTS)
    clauses: list[tuple[str, list[RuleSpec]]] = []
    a, b = rng.choice(small), rng.choice(small)
    options = [
        (f"未按要求{act}的，扣{_fmt(a)}分", [RuleSpec("deduct", a)]),
        (f"每缺一项扣{_fmt(a)}分", [RuleSpec("deduct", a)]),
        (f"{act}不到位的，每次扣{_fmt(a)}分", [RuleSpec("deduct", a)]),
        (f"发现问题扣{_fmt(a)}分/次", [RuleSpec("deduct", a)]),
        (f"每降低1个百分点扣{_fmt(a)}分", [RuleSpec("deduct", a)]),
        (f"按时{act}的得{_fmt(p)}分", [RuleSpec("award", p)]),
        (f"按时完成得{_fmt(p)}分，未完成不得分", [RuleSpec("award", p), RuleSpec("award", 0)]),
        # 加 within the item's points builds its score (award); 另加 goes beyond them (bonus): gold README
        (f"{act}成效明显的加{_fmt(b)}分", [RuleSpec("award", b)]),
        (f"受到上级表彰的另加{_fmt(b)}分", [RuleSpec("bonus", b)]),
        (f"发生{rng.choice(BADS)}的，实行一票否决", [RuleSpec("veto", None)]),
    ]
    n = rng.choice((0, 1, 1, 2, 2))
    picked = rng.sample(options, n)
    for text, rules in picked:
        if rules[0].kind == "deduct" and rng.random() < 0.5:  # a deduction often ends with its cap
            if rng.random() < 0.5:
                text, rules = text + "，扣完为止", [*rules, RuleSpec("cap", None)]
            else:
                c = max(x for x in small)
                text, rules = text + f"，最多扣{_fmt(c)}分", [*rules, RuleSpec("cap", c)]
        clauses.append((text, rules))
    leaf.rule_text = "；".join(t for t, _ in clauses) + ("。" if clauses else "")
    leaf.rules = [r for _, rs in clauses for r in rs]


# ---------------------------------------------------------------- layout knobs
def _pick(rng: random.Random, options):
    return rng.choice(options)


def table_knobs(rng: random.Random, depth: int) -> dict[str, str]:
    """One choice per table knob, kept consistent (a knob that cannot apply gets its neutral value)."""
    k: dict[str, str] = {}
    k["depth"] = str(depth)
    k["schemes"] = _pick(rng, ("one", "one", "one", "tables", "unit"))
    k["section_rows"] = _pick(rng, ("none", "none", "label", "points_col")) if depth >= 2 else "none"
    if k["schemes"] == "unit":
        k["section_rows"] = "none"  # a row spanning the table would cut the unit column's span
    k["points"] = _pick(rng, ("column", "column", "name"))
    if k["points"] == "name" and k["section_rows"] == "points_col":
        k["section_rows"] = "label"
    k["parent_points"] = _pick(rng, ("name", "none")) if depth >= 2 else "n/a"
    k["weights"] = _pick(rng, ("none", "none", "column", "name"))
    if k["section_rows"] != "none" and k["weights"] == "column":
        k["weights"] = "name"
    k["labels"] = _pick(rng, ("merged", "repeated", "first")) if depth - (k["section_rows"] != "none") >= 2 else "n/a"
    k["order"] = _pick(rng, ("tree_first", "mixed"))
    k["criteria"] = _pick(rng, ("one", "two", "rules_only"))
    k["seq"] = _pick(rng, ("yes", "no"))
    k["cell_numbering"] = _pick(rng, ("none", "none", "numbered"))
    k["extra_cols"] = _pick(rng, ("none", "method", "assessor", "both", "answer"))
    k["totals"] = _pick(rng, ("none", "total", "subtotal")) if k["points"] == "column" else "none"
    if k["schemes"] == "unit":
        k["totals"] = "none"
    k["caption"] = _pick(rng, ("none", "title", "annex"))
    if k["schemes"] == "tables" and k["caption"] == "none":
        k["caption"] = "title"
    k["script"] = _pick(rng, ("simplified", "simplified", "traditional_header", "traditional_all"))
    tree_cols = depth - (k["section_rows"] != "none")
    k["header_rows"] = _pick(rng, ("one", "two")) if (tree_cols >= 2 or k["criteria"] == "two") else "one"
    return k


def prose_knobs(rng: random.Random, depth: int) -> dict[str, str]:
    k: dict[str, str] = {"depth": str(depth)}
    k["numbering"] = _pick(rng, ("ladder", "ladder", "ladder", "decimal"))
    k["points_style"] = _pick(rng, ("paren", "bare", "comma"))
    k["parent_points"] = _pick(rng, ("stated", "stated", "none")) if depth >= 2 else "n/a"
    k["weights"] = _pick(rng, ("none", "none", "name"))
    k["criteria"] = _pick(rng, ("inline", "next_para", "none"))
    k["leaf_end"] = _pick(rng, ("。", "；", ""))
    k["intro"] = _pick(rng, ("yes", "no"))
    k["format"] = _pick(rng, ("docx", "txt"))
    k["script"] = _pick(rng, ("simplified", "simplified", "simplified", "traditional_all"))
    return k


def generate(seed: int, index: int, only: str | None = None) -> Variant:
    """The variant `index` of the run seeded `seed` (the same on every machine)."""
    rng = random.Random(f"{seed}:{index}")
    family = rng.choice(("docx", "xlsx", "prose"))
    if only:
        family = only
    depth = rng.choice((1, 2, 2, 3, 3, 4))
    if family == "prose":
        knobs = prose_knobs(rng, depth)
        weights = knobs["weights"] != "none"
    else:
        knobs = table_knobs(rng, depth)
        weights = knobs["weights"] != "none"
    scales = tuple(s for s in SCALES if not (weights and s == 150))
    total = rng.choice(scales)
    knobs["scale"] = str(total)
    org = rng.choice(ORGS)
    year = rng.randint(2019, 2025)
    title = f"{org}{year}年度{rng.choice(KINDS)}"
    schemes: list[SchemeSpec] = []
    mode = knobs.get("schemes", "one")
    if mode == "one":
        roots = build_scheme(rng, depth, total, weights, MAX_LEAVES)
        named = family == "prose" or knobs["caption"] != "none"
        schemes.append(SchemeSpec(name=title if named else None, total=total, roots=roots, title=title))
    elif mode == "tables":
        kinds = rng.sample(SCHEME_KINDS, 2)
        for kind in kinds:
            roots = build_scheme(rng, depth, total, weights, MAX_LEAVES // 2)
            name = f"{org}{year}年度{kind}考核评分表"
            schemes.append(SchemeSpec(name=name, total=total, roots=roots, title=name))
    else:  # one scheme per unit, named by the unit column
        for unit in rng.sample(UNITS, rng.randint(2, 3)):
            roots = build_scheme(rng, depth, total, weights, MAX_LEAVES // 2)
            schemes.append(SchemeSpec(name=unit, total=total, roots=roots, title=title))
    _mark_stated(knobs, schemes, family)
    return Variant(seed=seed, index=index, family=family, knobs=knobs, schemes=schemes, title=title)


def _mark_stated(knobs: dict[str, str], schemes: list[SchemeSpec], family: str) -> None:
    """Which nodes have their points written: leaves always; parents per the layout."""
    for s in schemes:
        for root in s.roots:
            for _, node in root.walk():
                if not node.children:
                    continue
                is_top = any(node is r for r in s.roots)
                if family == "prose":
                    node.points_stated = knobs["parent_points"] != "none"
                elif is_top and knobs["section_rows"] != "none":
                    node.points_stated = True
                elif is_top and knobs["totals"] == "subtotal":
                    node.points_stated = True  # its 小计 row states it
                else:
                    node.points_stated = knobs["parent_points"] == "name"
