"""Tables that a seed carries flattened into running text, rebuilt by hand as real tables.

Seed 004 came from a .DOC whose appendix indicator table (指标体系框架) was flattened into one line of
text, cells run together in page order. Its rows and columns are read off the seed once, here, as data:
every cell text is an exact substring of the seed (checked when the corpus is made); None marks a cell
that continues the one above (a vertical merge); page numbers that fell between cells are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from .grid import GridCell, GridRow, GridTable

_ = None  # continues the cell above


@dataclass(frozen=True)
class AppendixTable:
    caption: str  # the table's own title line, written as a paragraph before the table
    header: tuple[tuple[str, int], ...]  # (text, span) of the header cells
    rows: tuple[tuple[str | None, ...], ...]  # one entry per grid column
    widths_mm: tuple[float, ...]

    def grid(self) -> GridTable:
        grid = GridTable(widths_mm=list(self.widths_mm))
        col, header = 0, []
        for text, span in self.header:
            header.append(GridCell(col, span, text))
            col += span
        grid.rows.append(GridRow(header, header=True))
        for cells in self.rows:
            grid.rows.append(GridRow([GridCell(c, 1, text) for c, text in enumerate(cells)]))
        return grid

    def cell_texts(self) -> list[str]:
        texts = [text for text, _span in self.header]
        texts += [text for row in self.rows for text in row if text]
        return texts


APPENDIX_TABLES: dict[str, AppendixTable] = {
    "004_8bf266f19149a451": AppendixTable(
        caption="2016 年度区直机关绩效考评指标体系框架",
        header=(("类型", 2), ("指标内容", 1), ("指标要求", 1), ("权重", 1)),
        widths_mm=(16, 16, 38, 74, 16),
        rows=(
            ("指标考核(70%)", "职能指标", "(一)由本部门牵头实施的区委、区政府确定的重点工作任务",
             "区委常委会工作要点、区政府工作报告及重要文件、重要会议、重点规划确定的由本部门牵头实施的工作任务。",
             "60%"),
            (_, _, "(二)上级业务部门\n\n17、年度部署或下达到我区的工作",
             "各部门承接的市各部委办局部署的年度目标任务。", _),
            (_, _, "(三)全面落实权力清单和责任清单的工作。",
             "根据区政府审定发布的权力清单和责任清单设置职能目标工作纳入年度绩效计划,全面落实权力清单和责任清单。", _),
            (_, _, "(四)深化改革工作",
             "区委全面深化改革领导小组明确的2016 年度重大改革举措、改革任务的贯彻落实和完成情况。", _),
            (_, _, "(五)依据本部门职能确定的任务",
             "各部门按照“三定”职责,制定 3-5 项体现本部门核心职能的目标,通过年度工作的完成体现本部门核心职能履行情况。",
             _),
            (_, _, "(六)配合工作",
             "凡涉及多部门的工作,牵头部门要根据责任分工,提出配合部门及其工作职责、具体任务、时间节点要求、"
             "年终考评标准,与配合部门沟通达成共\n\n18、识,形成考评指标。", _),
            (_, _, "(七)群众意见整改工作",
             "承担 2015 年度群众所提意见、建议整改工作的部门要制定整改工作方案并认真加以整改。"
             "区绩效办将组织人员,对各部门的整改落实情况进行抽查核实和评估。", _),
            (_, _, "(八)临时性重大工作", "上级党委政府部署的临时性突发性重大工作任务。", _),
            (_, "创先争优", "(九)创先争优加分",
             "凡经市绩效办考评审核获得加分的,给予报送单位双倍加分,加分累计最高不超过 10 分。", ""),
            (_, "共性指标", "(十)机关内部自身建设相关工作",
             "主要考核机关效能建设、政务公开和信息管理、行政成本以及人大代表意见建议和政协委员提案议案办理情况。",
             "10%"),
            ("评议评价(30%)", "公众评议", "(十一)公众评议",
             "邀请基层干部职工、服务对象等从各部门转变作风、指导服务基层等方面工作进行综合评价。", "20%"),
            (_, "领导评价", "(十二)领导评价",
             "邀请区、镇领导从重点工作任务、政策措施创新、协调沟通情况、机关作风效能等方面进行评价。", "10%"),
        ),
    ),
}


def locate(text: str, table: AppendixTable) -> tuple[int, int]:
    """(start, end) of the flattened table in the seed: from its caption before the first header
    cell to the end of the line holding its last cell. Raises if any cell is not in that span
    or if anything but spaces and page numbers is left over once every cell is taken out."""
    first_header = table.header[0][0]
    start = text.index(table.caption + first_header)
    anchor = max((cell for cell in table.rows[-1] if cell), key=len)
    end = text.find("\n", text.index(anchor, start))
    end = len(text) if end < 0 else end
    rest = text[start + len(table.caption):end]
    for cell in sorted(table.cell_texts(), key=len, reverse=True):
        if cell not in rest:
            raise ValueError(f"appendix cell not in the seed: {cell[:30]!r}")
        rest = rest.replace(cell, " ", 1)
    if rest.strip(" \n0123456789"):
        raise ValueError(f"appendix text not in any cell: {rest.strip()[:60]!r}")
    return start, end
