"""openpyxl's half of scripts/make-tool-fixtures.sh: the Kent example as openpyxl writes it.

Run with Debian's python3-openpyxl (/usr/bin/python3), given the Kent example written by
ExcelJS and the fixtures folder:
  - kent-openpyxl.xlsx: the example opened and saved by openpyxl (its tables kept);
  - kent-openpyxl-new.xlsx: the same cells, tables and names in a workbook openpyxl builds
    from nothing, as a script that exports an authority's figures would, with a note (comment)
    on a cell;
  - kent-openpyxl-chart.xlsx: the example with a line chart an analyst added on its first sheet,
    as openpyxl writes charts (drawing elements without a prefix, which ExcelJS cannot load).
"""
import sys

import openpyxl
from openpyxl.chart import LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table, TableStyleInfo


def workbook_names(book):
    """(name, formula) of each workbook-level name, in openpyxl 3.0 (Debian 12) and 3.1 alike."""
    names = book.defined_names
    if hasattr(names, "definedName"):
        return [(d.name, d.attr_text) for d in names.definedName if d.localSheetId is None]
    return [(name, d.attr_text) for name, d in names.items()]


def add_name(book, defined):
    if hasattr(book.defined_names, "append"):
        book.defined_names.append(defined)
    else:
        book.defined_names[defined.name] = defined


def rebuild(source):
    """A new workbook holding source's values, tables and workbook names, made by openpyxl alone."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in source.worksheets:
        copy = book.create_sheet(sheet.title)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    target = copy.cell(row=cell.row, column=cell.column, value=cell.value)
                    target.number_format = cell.number_format
        for table in sheet.tables.values():
            fresh = Table(displayName=table.displayName, ref=table.ref)
            fresh.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
            copy.add_table(fresh)
    for name, text in workbook_names(source):
        add_name(book, DefinedName(name, attr_text=text))
    first = book.worksheets[0]
    first["A1"].comment = Comment("Figures checked by the performance team.", "Analyst")
    return book


def with_chart(book):
    """The workbook with a line chart of the first sheet's first numbers, anchored beside them."""
    sheet = book.worksheets[0]
    chart = LineChart()
    chart.title = "Analyst's own chart"
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=min(sheet.max_row, 12)), titles_from_data=True)
    sheet.add_chart(chart, "H2")
    return book


def main(kent, folder):
    source = openpyxl.load_workbook(kent)
    source.save(f"{folder}/kent-openpyxl.xlsx")
    rebuild(openpyxl.load_workbook(kent)).save(f"{folder}/kent-openpyxl-new.xlsx")
    with_chart(openpyxl.load_workbook(kent)).save(f"{folder}/kent-openpyxl-chart.xlsx")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
