"""One catalogue of the words a person reads: code → Chinese and English templates.

Why a catalogue: the users are the staff of a 绩效办 / 考核办 and the leaders they report to, so
every label, summary and message is Chinese by default; `--lang en` or RUBRICS_LANG=en gives
English. JSON keys, SQL names and CLI flags are an API and never pass through here.

To add a message: one entry `"area.what": ("中文 {name}", "English {name}")`; call
`message("area.what", name=...)`. The test in tests/test_messages.py checks that both templates of
every entry name the same fields.
"""

from __future__ import annotations

import os

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
ENV = "RUBRICS_LANG"

_chosen: str | None = None

MESSAGES: dict[str, tuple[str, str]] = {
    # ---- compare: kinds of change (JSON keeps the codes)
    "kind.scale_changed": ("总分制变化", "scale changed"),
    "kind.total_changed": ("满分变化", "total changed"),
    "kind.item_added": ("新增项目", "item added"),
    "kind.item_dropped": ("删除项目", "item dropped"),
    "kind.renamed": ("项目改名", "renamed"),
    "kind.moved": ("项目移位", "moved"),
    "kind.repointed": ("分值调整", "re-pointed"),
    "kind.reweighted": ("权重调整", "re-weighted"),
    "kind.method_changed": ("考核方法变化", "method changed"),
    "kind.assessor_changed": ("考核单位变化", "assessor changed"),
    "kind.text_changed": ("考核内容/标准变化", "task/criteria changed"),
    "kind.rule_added": ("新增规则", "rule added"),
    "kind.rule_dropped": ("删除规则", "rule dropped"),
    "kind.rule_changed": ("规则变化", "rule changed"),
    # ---- compare: aspects of a change
    "field.kind": ("规则类型", "kind"),
    "field.amount": ("数额", "amount"),
    "field.amount_max": ("数额范围", "range"),
    "field.per": ("计扣单位", "unit"),
    "field.label": ("等次", "grade"),
    "field.below": ("等次", "grade"),
    "field.at_least": ("等次", "grade"),
    "field.quota_pct": ("等次", "grade"),
    "field.condition": ("条件", "condition"),
    "field.name": ("名称", "name"),
    "field.parent": ("上级项目", "parent"),
    "field.points": ("分值", "points"),
    "field.weight_pct": ("权重", "weight"),
    "field.method": ("考核方法", "method"),
    "field.assessor": ("考核单位", "assessor"),
    "field.task": ("考核内容", "task"),
    "field.criteria": ("评分标准", "criteria"),
    "field.item": ("项目", "item"),
    "field.scale": ("总分制", "scale"),
    "field.total": ("满分", "total"),
    "field.rule": ("{kind}规则", "{kind} rule"),
    # ---- rule kinds as office staff name them
    "rule.deduct": ("扣分", "deduct"),
    "rule.award": ("得分", "award"),
    "rule.bonus": ("加分", "bonus"),
    "rule.cap": ("封顶", "cap"),
    "rule.veto": ("一票否决", "veto"),
    "rule.grade": ("等次", "grade"),
    # ---- compare: columns and summary
    "col.change": ("变化", "change"),
    "col.path": ("项目路径", "path"),
    "col.what": ("方面", "what"),
    "col.before": ("原", "before"),
    "col.after": ("现", "after"),
    "col.a_source": ("原出处", "source A"),
    "col.b_source": ("现出处", "source B"),
    "col.confidence": ("匹配把握", "confidence"),
    "compare.side": ("{label}：{title} · {items}个项目，{rules}条规则，满分{total}，一级合计{top}",
                     "{label}: {title} · {items} items, {rules} rules, total {total}, top-level sum {top}"),
    "compare.matched": ("匹配{items}个项目、{rules}条规则 · {counts}",
                        "matched {items} items, {rules} rules · {counts}"),
    "compare.count": ("{kind}{n}处", "{kind} {n}"),
    "compare.block_side": ("{label}：{title}", "{label}: {title}"),
    "compare.block_sizes": ("{items}个项目 · {rules}条规则 · 满分 {total} · 一级合计 {top}",
                            "{items} items · {rules} rules · total {total} · top-level sum {top}"),
    "compare.block_matched": ("匹配：{items}个项目 · {rules}条规则", "matched: {items} items · {rules} rules"),
    "compare.block_counts": ("变化：{counts}", "changes: {counts}"),
    "compare.no_changes": ("无变化", "no changes"),
    "compare.top": ("（一级）", "(top)"),
    "compare.filter": ("筛选文字…", "filter text…"),
    "compare.shown": ("显示", "shown"),
    "compare.block_source": ("出处：{where}", "source: {where}"),
    "compare.needs_out": ("--format xlsx 写入文件：请给出 --out 路径", "--format xlsx writes a file: give --out PATH"),
    "compare.two": ("{refs}：compare 比较两个方案（多个方案用 --matrix）",
                    "{refs}: compare takes two schemes (or many with --matrix)"),
    "compare.matrix_two": ("{refs}：--matrix 至少需要两个方案", "{refs}: --matrix needs at least two schemes"),
    "matrix.item": ("项目", "item"),
    "matrix.differs": ("差异", "differs"),
    "matrix.kind.differs": ("共有、有差异", "common, differing"),
    "matrix.kind.same": ("共有、相同", "common, same"),
    "matrix.kind.partial": ("仅部分单位有", "in some units only"),
    "matrix.summary": ("{rows}行 · {schemes}个方案", "{rows} rows · {schemes} schemes"),
    "matrix.title": ("方案对照", "Schemes side by side"),
    # ---- where a record is in its file (see rubrics/where.py)
    "where.page": ("第{n}页", "p. {n}"),
    "where.table": ("表{n}", "table {n}"),
    "where.row": ("第{n}行", "row {n}"),
    "where.col": ("第{n}列", "col {n}"),
    "where.paragraph": ("第{n}段", "para. {n}"),
    "where.block": ("第{n}块", "block {n}"),
    "where.ocr": ("（OCR识别）", "(OCR)"),
    "where.unknown": ("出处不详", "source unknown"),
    # ---- show / extract trees
    "show.header": ("{id} · {file} · 入库于 {at} · 提取器 {version}",
                    "{id} · {file} · ingested {at} · extractor {version}"),
    "show.doc": ("{title} · {org} · {year}年 · 总分制 {scale}", "{title} · {org} · {year} · scale {scale}"),
    "show.scheme": ("{name} · 满分 {total}", "{name} · total {total}"),
    "show.unknown": ("？", "?"),
    "show.list_head": ("编号|文件|标题|年度|方案|需核对|项目|规则|提示",
                       "id|file|title|year|schemes|to review|items|rules|warnings"),
    "show.list_foot": ("共{n}个文档 · rubrics show 编号|文件名|标题 查看其一",
                       "{n} documents · rubrics show ID|FILE|TITLE for one of them"),
    "show.item_source": ("出处", "source"),
    "show.no_items": ("（本方案未识别出考核项目）", "(no items recognised in this scheme)"),
    "show.schemes_head": ("方案", "schemes"),
    # ---- ingest
    "ingest.status.ingested": ("已入库", "ingested"),
    "ingest.status.replaced": ("已更新", "replaced"),
    "ingest.status.unchanged": ("未变", "unchanged"),
    "ingest.status.skipped": ("已跳过", "skipped"),
    "ingest.status.failed": ("失败", "failed"),
    "ingest.title": ("入库", "ingest"),
    "ingest.written": ("写入{docs}个文档：{schemes}个方案，{items}个项目，{rules}条规则",
                       "{docs} documents written: {schemes} schemes, {items} items, {rules} rules"),
    "ingest.file": ("文件", "file"),
    "ingest.reason": ("原因", "reason"),
    "ingest.no_such_path": ("文件或文件夹不存在", "no such file or folder"),
    "ingest.hidden_folder": ("隐藏文件夹，未读取", "hidden folder, not read"),
    "ingest.skipped_name": ("{reason}，未读取", "{reason}, not read"),
    "ingest.hidden_file": ("隐藏文件", "hidden file"),
    "ingest.lock_file": ("Office 临时锁定文件（文档正被 Word/Excel 打开）",
                         "Office lock file (a document open in Word/Excel)"),
    "ingest.same_bytes": ("与 {file} 内容相同", "same bytes as {file}"),
    "ingest.failed_unknown": ("提取失败", "extraction failed"),
    "ingest.unreadable": ("无法读取文件（{reason}）", "cannot read the file ({reason})"),
    "ingest.interrupted": ("已中断：{total}个文件中完成{done}个；再运行同一命令即可继续（已完成的会跳过）",
                           "interrupted after {done} of {total} files; run the same command again to finish "
                           "(done files are skipped)"),
    "ingest.progress": ("入库", "ingest"),
    "ingest.review_title": ("需人工核对（提取器对这些方案没有把握）", "needs review (the extractor doubts these schemes)"),
    "ingest.review": ("{file}：{n}个方案中{k}个需核对 · {codes}", "{file}: {k} of {n} schemes need review · {codes}"),
    "ingest.review_code": ("{what}{n}处", "{what} ×{n}"),
    "ingest.review_more": ("等{n}类", "and {n} more kinds"),
    # ---- warnings the extractor puts on a scheme (JSON and SQL keep the codes)
    "warning.points_mismatch": ("下级分值合计与上级不符", "children's points do not add up to the parent"),
    "warning.points_exceed_parent": ("下级分值合计超过上级", "children's points exceed the parent"),
    "warning.scale_mismatch": ("一级分值合计与总分制不符", "top categories do not add up to the scale"),
    "warning.close_call": ("两种读法得分接近", "two readings nearly tied"),
    "warning.untyped_column": ("有列未能判断用途", "a column of unknown use"),
    "warning.shared_points": ("分值格合并于多个条目之上", "a points cell shared by several items"),
    "warning.unpointed_under_pointed": ("有分值的上级下有无分值的条目", "items without points under a pointed parent"),
    "warning.duplicate_item": ("项目重复", "item appears twice"),
    "warning.name_repaired": ("名称经修复", "name repaired"),
    "show.needs_review": ("（需人工核对）", "(needs review)"),
    # ---- score
    "score.col.unit": ("单位", "unit"),
    "score.col.group": ("类别", "group"),
    "score.col.total": ("总分", "total"),
    "score.col.grade": ("等次", "grade"),
    "score.col.rank": ("名次", "rank"),
    "score.col.vetoed": ("一票否决", "vetoed"),
    "score.col.why": ("依据", "why"),
    "score.col.item": ("指标", "item"),
    "score.col.max": ("满分", "max"),
    "score.col.score": ("得分", "score"),
    "score.col.rule": ("规则", "rule"),
    "score.col.formula": ("计算", "formula"),
    "score.col.points": ("分数", "points"),
    "score.col.note": ("备注", "note"),
    "score.yes": ("是", "yes"),
    "score.whole_scheme": ("（全方案）", "(whole scheme)"),
    "score.note": ("（说明）", "(note)"),
    "score.no_facts": ("未录入任何事实：按满分计，未经核实", "no facts entered: scored as full marks, unverified"),
    "score.no_facts_units": ("{n}个单位未录入任何事实（{units}）：其得分只是满分减去零扣分，未经核实",
                             "{n} unit(s) with no facts entered ({units}): their scores are full marks less no "
                             "deductions, unverified"),
    "score.floor": ("扣分超过满分{max}，按0分计（原为{raw}）", "deductions exceed the item's {max}: floored at 0 (was {raw})"),
    "score.cap": ("超过满分{max}，按{max}计（原为{raw}）", "above the item's {max}: capped at {max} (was {raw})"),
    "score.unit_total": ("{unit}：{total}", "{unit}: {total}"),
    "score.wrote": ("已写入 {out}", "wrote {out}"),
    "score.stored": ("已将本次评分 {run}（{n}个单位）存入 {db}", "stored run {run} ({n} units) in {db}"),
    "score.template": ("已写入 {out}：方案“{scheme}”需填{rows}行", "wrote {out}: {rows} rows to fill for scheme {scheme}"),
    "score.folder_missing": ("{out}：文件夹 {folder} 不存在", "{out}: the folder {folder} does not exist"),
    "score.sep": ("；", "; "),
    # ---- score: how a rule's points were reckoned (RuleLine.formula) and what changed them (notes)
    "score.f.given": ("按给定{points}分（规则未写明数额）", "given {points} (the rule states no amount)"),
    "score.f.nothing": ("0（未给分）", "0 (nothing given)"),
    "score.f.range": ("{count}{per} × {amount}（在{lo}-{hi}之间选定）= {points}",
                      "{count}{per} × {amount} (chosen in {lo}-{hi}) = {points}"),
    "score.n.capped_by": ("受{rule}（{text}）限制：{raw} → {new}", "capped by {rule} ({text}): {raw} → {new}"),
    "score.n.cap_cut": ("{text}：{kind}合计{used}，削减至{cap}", "{text}: {kind} points {used} cut to {cap}"),
    "score.n.defaulted": ("未给分：按满分{max}计（考核方法：{method}）",
                          "no score given: full {max} points (deduction method {method})"),
    "score.n.bounded": ("得分以本项{max}分为限（{raw} → {max}）", "awards bounded by its {max} points ({raw} → {max})"),
    "score.n.floor_stated": ("扣完为止：{raw} → 0", "扣完为止 (deducted to nothing): {raw} → 0"),
    "score.n.floor_scheme": ("扣完为止（全方案）：{raw} → 0", "扣完为止 (whole scheme): {raw} → 0"),
    "score.n.owned": ("{names}：本身未列分值，其规则在“{owner}”留给它们的{max}分内计算",
                      "{names}: no points of their own; their rules count within the {max} points {owner} "
                      "leaves to them"),
    "score.n.veto_item": ("一票否决：{raw} → 0", "veto: {raw} → 0"),
    "score.n.veto_total": ("一票否决：总分{raw} → 0", "veto: total {raw} → 0"),
    "score.n.veto_applies": ("一票否决规则{rule}适用（{text}）：{what}", "veto {rule} applies ({text}): {what}"),
    "score.veto.zero": ("得分记为0", "score set to 0"),
    "score.veto.label": ("等次定为{label}", "grade set to {label}"),
    "score.veto.down": ("降{n}个等次", "grade moved down {n}"),
    "score.veto.no_top": ("不得评为最高等次", "no top grade"),
    "score.veto.lowest": ("未写明后果：定为最低等次", "no consequence stated: lowest grade"),
    "score.scale.total": ("方案所列满分", "the scheme's total"),
    "score.scale.scale": ("文件的总分制", "the document's scale"),
    "score.scale.weights": ("未写明总分：权重按百分之一百计", "no scale stated: weights are taken as shares of 100"),
    "score.w.parts_exceed": ("“{name}”：其下级分值合计（{parts}）超过其本身（{own}）；其自有部分按0计",
                             "{name}: its parts' points ({parts}) exceed its own ({own}); its own share is taken as 0"),
    "score.w.item_missing": ("规则{rule}：所属项目{item}不在本方案中；按全方案计",
                             "rule {rule}: its item {item} is not in the scheme; scored at scheme level"),
    "score.w.cap_unclear": ("封顶规则{rule}（{text}）未写明限制的是扣分、得分还是加分；未予适用",
                            "cap {rule} ({text}): its wording does not say whether it bounds deductions, awards or "
                            "bonuses; it is not applied"),
    # ---- score: how grades were given (grade_reason, run notes)
    "grade.quota_rule": ("名额 = 向下取整（单位数 × 累计比例）− 已分配名额；比例合计达100%时最后一档取其余；"
                         "在分界处同分的单位都取较低等次",
                         "quota seats = floor(units × cumulative share) − seats already given; the last quota grade "
                         "takes the rest when shares reach 100%; units tied across a boundary all take the lower grade"),
    "grade.in_group": ("（{group}）", " in group {group}"),
    "grade.seats": ("{n}个单位{where}：{seats}", "{n} units{where}: {seats}"),
    "grade.seat": ("{label}{n}个（{pct}%）", "{label} {n} ({pct}%)"),
    "grade.quota": ("第{rank}名（共{n}个）：{label}名额", "rank {rank} of {n}: {label} quota"),
    "grade.none": ("无等次", "no grade"),
    "grade.tied": ("与{others}同为{total}分，处在{upper}/{lower}分界：均取{lower}，以免{upper}超出名额",
                   "tied with {others} at {total} across the {upper}/{lower} boundary: all take {lower} so the "
                   "{upper} quota is not exceeded"),
    "grade.tie_note": ("{total}分同分{where}：{reason}", "tie at {total}{where}: {reason}"),
    "grade.at_least": ("{total} ≥ {bound}：{label}", "{total} ≥ {bound}: {label}"),
    "grade.below_all": ("{total}低于所有等次线", "{total} is below every threshold"),
    "grade.below": ("{total} < {bound}：{label}", "{total} < {bound}: {label}"),
    "grade.given": ("等次由事实表给出", "grade given in the facts"),
    "grade.veto_head": ("一票否决规则{rule}（{text}）", "veto {rule} ({text})"),
    "grade.colon": ("：", ": "),
    "grade.veto.down_none": ("降{n}个等次，但该单位没有可降的等次", "down {n} grade(s), but the unit has no grade to move"),
    "grade.veto.down": ("降{n}个等次，{grade} → {new}", "down {n} grade(s), {grade} → {new}"),
    "grade.veto.no_top": ("不得评为最高等次，{grade} → {new}", "no top grade, {grade} → {new}"),
    "grade.veto.no_top_same": ("不得评为最高等次（不受影响）", "no top grade (not affected)"),
    "grade.veto.lowest": ("未写明后果，定为最低等次（{lowest}）", "no consequence stated, so the lowest grade ({lowest})"),
    # ---- names
    "name.ambiguous": ("“{ref}”对应多个{what}，请写得更具体：{candidates}",
                       "{ref} matches several {what}; be more specific: {candidates}"),
    "name.what.document": ("文档", "documents"),
    "name.what.scheme": ("方案", "schemes"),
    "name.none": ("{db}：没有与“{ref}”对应的文档（rubrics show 列出全部）",
                  "{db}: no document matches {ref} (rubrics show lists them)"),
    "name.no_scheme": ("“{ref}”：文档中没有名为“{name}”的方案；已有：{candidates}",
                       "{ref}: no scheme named {name}; there are: {candidates}"),
    "name.nothing": ("“{ref}”：仓库中没有这个名称的文档或方案，也没有这个 JSON 文件（rubrics show 列出全部）",
                     "{ref}: no rubric JSON file, document or scheme of that name in the warehouse"),
    "name.no_json": ("“{ref}”：没有这个 JSON 文件", "{ref}: no rubric JSON file of that name"),
    "name.no_schemes": ("“{ref}”：这份文档没有识别出方案", "{ref}: the document has no schemes"),
    # ---- export
    "export.wrote": ("已写入 {out}（{format}：{docs}个文档，{schemes}个方案）",
                     "wrote {out} ({format}: {docs} documents, {schemes} schemes)"),
    "export.folder_missing": ("{out}：文件夹 {folder} 不存在", "{out}: the folder {folder} does not exist"),
    # ---- demo
    "demo.ingesting": ("正在把示例文档 {corpus} 导入 {db}", "Ingesting the sample corpus {corpus} into {db}"),
    "demo.documents": ("文档", "Documents"),
    "demo.schemes": ("方案", "Schemes"),
    "demo.examples": ("示例查询（自己的查询：rubrics sql \"...\" --db {db}）",
                      "Example queries (run your own: rubrics sql \"...\" --db {db})"),
    "demo.next": ("下一步：", "Next:"),
    "demo.q.top": ("各方案的一级类别及其分值", "Top categories of every scheme with their points"),
    "demo.q.totals": ("各方案是否合计一致？（标明满分、一级合计、总分制）",
                      "Does each scheme add up? (stated total, sum of top categories, document scale)"),
    "demo.q.kinds": ("各类规则的数量", "Rules per kind across the warehouse"),
    "demo.q.deductions": ("扣分最多的规则，及其项目和原文", "The largest deductions, with their items and source text"),
    # ---- corrections (rubrics correct / corrections / review; warehouse/corrections.py)
    "correct.conflict.scheme": ("找不到方案“{name}”", "no scheme named {name}"),
    "correct.conflict.item_gone": ("找不到项目“{path}”（重新提取后已不存在）", "item {path} is no longer found"),
    "correct.conflict.item_twice": ("项目“{path}”出现{n}次，无法确定是哪一个", "item {path} is found {n} times"),
    "correct.conflict.rule_gone": ("找不到规则“{text}”（重新提取后已不存在）", "rule {text} is no longer found"),
    "correct.bad.required": ("{field}不能为空", "{field} cannot be empty"),
    "correct.bad.number": ("{field}应为数字，不能是“{value}”", "{field} must be a number, not {value}"),
    "correct.bad.negative": ("{field}不能为负数（{value}）", "{field} cannot be negative ({value})"),
    "correct.bad.weight": ("权重应在0到100之间（{value}）", "a weight is between 0 and 100 ({value})"),
    "correct.bad.text": ("{field}应为文字", "{field} must be text"),
    "correct.bad.field": ("不能修改“{field}”；可修改：{allowed}", "cannot change {field}; these can: {allowed}"),
    "correct.bad.kind": ("规则类型“{value}”无效；可用：{kinds}", "no rule kind {value}; one of {kinds}"),
    "correct.bad.duplicate": ("同一上级下已有名为“{name}”的项目", "there is already an item {name} under that parent"),
    "correct.bad.has_children": ("“{name}”下还有子项目：请先删除或移走它们",
                                 "{name} has sub-items: delete or move them first"),
    "correct.bad.cycle": ("不能把“{name}”移到“{parent}”下：那是它自己或它的下级",
                          "cannot move {name} under {parent}: that is itself or below it"),
    "correct.bad.range": ("数额范围不对：下限{low}大于上限{high}", "bad range: {low} is above {high}"),
    "correct.bad.op": ("无法理解的修改（{kind}：{op}）", "an edit of no known kind ({kind}: {op})"),
    "correct.bad.set": ("“{text}”：应写作 路径.字段=值，例如 基础工作/台账管理.points=5",
                        "{text}: write PATH.FIELD=VALUE, e.g. 基础工作/台账管理.points=5"),
    "correct.bad.json": ("“{text}”：不是有效的 JSON（{reason}）", "{text}: not valid JSON ({reason})"),
    "correct.bad.file": ("{file}：更正文件有误：{reason}", "{file}: bad corrections file: {reason}"),
    "correct.nothing": ("没有要做的更正（用 --set、--delete、--add-item、--add-rule、--reviewed 或 --file）",
                        "nothing to correct (use --set, --delete, --add-item, --add-rule, --reviewed or --file)"),
    "correct.no_document": ("仓库中没有文档 {ref}", "no document {ref} in the warehouse"),
    "correct.stale": ("此处已被他人修改（现为“{now}”，你看到的是“{then}”）：请刷新后再改",
                      "this changed meanwhile (now {now}, you saw {then}): reload and edit again"),
    "correct.stale_gone": ("要改的对象已不在（{why}）：请刷新", "the target is gone ({why}): reload"),
    "correct.empty": ("空", "empty"),
    "correct.no_override": ("没有编号为{id}的更正", "no correction {id}"),
    "correct.already_undone": ("更正{id}已撤销过", "correction {id} is already undone"),
    "correct.target.ambiguous": ("“{ref}”对应多个项目，请写完整路径：{candidates}",
                                 "{ref} names several items; give the whole path: {candidates}"),
    "correct.target.no_item": ("方案“{scheme}”中没有项目“{ref}”", "no item {ref} in scheme {scheme}"),
    "correct.target.no_rule": ("找不到规则“{ref}”（写作 rule:编号 或 项目路径#序号）",
                               "no rule {ref} (write rule:ID or ITEMPATH#N)"),
    "correct.done": ("已记录{n}条更正（{who}）：{scheme}", "recorded {n} correction(s) by {who}: {scheme}"),
    "correct.undone": ("已撤销更正{id}", "undid correction {id}"),
    "correct.now_conflicts": ("{n}条更正因此不再适用（冲突）：", "{n} correction(s) no longer apply (conflicts):"),
    "correct.exported": ("已写入 {out}（{n}条更正）", "wrote {out} ({n} corrections)"),
    "correct.list_head": ("编号|文件|方案|对象|字段|原值|新值|更正人|时间|状态|说明",
                          "id|file|scheme|target|field|old|new|who|when|status|note"),
    "correct.list_none": ("尚无更正", "no corrections yet"),
    "correct.status.applied": ("已生效", "applied"),
    "correct.status.conflict": ("冲突", "conflict"),
    "correct.status.undone": ("已撤销", "undone"),
    "correct.op.delete": ("删除", "delete"),
    "correct.op.add": ("新增", "add"),
    "correct.op.review": ("审核", "review"),
    "correct.op.move": ("移动", "move"),
    "ingest.conflicts": ("以下更正在重新提取后找不到对象，未应用（rubrics corrections 查看）",
                         "these corrections found no target after re-extraction and were not applied"),
    "ingest.reapplied": ("重新应用更正：{n}条已生效", "re-applied corrections: {n} applied"),
    # ---- review (the web app)
    "review.listening": ("审核页面：{url}", "review at {url}"),
    "review.token": ("访问令牌（非本机访问需要）：{token}", "access token (needed from other hosts): {token}"),
    "review.stop": ("按 Ctrl-C 结束", "press Ctrl-C to stop"),
    "review.no_db": ("{db}：没有这个仓库文件", "{db}: no warehouse here"),
    # ---- general
    "error.prefix": ("rubrics：", "rubrics: "),
    "list.sep": ("、", ", "),
}


def set_lang(lang: str | None) -> None:
    """Choose the language for this process (the CLI's --lang); None goes back to RUBRICS_LANG."""
    global _chosen
    if lang is not None and lang not in LANGS:
        raise ValueError(f"--lang must be one of {', '.join(LANGS)}")
    _chosen = lang


def lang() -> str:
    """The language in force: --lang, else $RUBRICS_LANG, else Chinese."""
    if _chosen:
        return _chosen
    env = (os.environ.get(ENV) or "").strip().lower()
    return env if env in LANGS else DEFAULT_LANG


def message(code: str, **fields: object) -> str:
    """The text of `code` in the language in force, filled with `fields`."""
    zh, en = MESSAGES[code]
    template = en if lang() == "en" else zh
    return template.format(**fields) if fields else template


def has(code: str) -> bool:
    return code in MESSAGES


def warning_label(code: str) -> str:
    """A warning code in words (`points_mismatch` → 下级分值合计与上级不符); an unknown code as it is."""
    return message(f"warning.{code}") if has(f"warning.{code}") else code
