#!/usr/bin/env python3
"""Writes the seed inputs of fuzz_xlsx into the folder given as the only argument.

Small hand-written workbooks, zipped (deflated, and one stored), for the target's first reading (the
bytes as an .xlsx file); and the same parts joined with NUL bytes (worksheet, shared strings, styles,
workbook part) for its second reading, which packages them itself. Built on every .ci/fuzz run, never
committed, like the other seeds.
"""
import os
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLES = DECL + f"""<styleSheet xmlns="{MAIN}"><numFmts count="3">
<numFmt numFmtId="164" formatCode="0.00%"/><numFmt numFmtId="165" formatCode="0.0&quot; %&quot;"/>
<numFmt numFmtId="166" formatCode="[$-421]dd mmmm yyyy hh:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="14"/>
<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>"""

SST = DECL + f"""<sst xmlns="{MAIN}" count="4" uniqueCount="4"><si><t>Kode</t></si>
<si><r><rPr><b/></rPr><t>Capaian </t></r><r><t xml:space="preserve">kinerja </t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>a_x000D__x005F_x000D_b</t></si></sst>"""

SHEET = DECL + f"""<worksheet xmlns="{MAIN}"><dimension ref="A1:F4"/><sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2"><v>70.58</v></c><c r="B2" s="1"><v>0.7058</v></c><c r="C2" s="2"><v>0.000123</v></c>
<c r="D2" s="3"><v>45291</v></c><c r="E2" s="6"><v>45291.5</v></c><c r="F2" s="5"><v>-3.5</v></c></row>
<row r="4"><c r="A4"><f>SUM(A2:A3)</f><v>70.58</v></c><c r="B4"><f>B2/C2</f></c>
<c r="C4" t="b"><v>1</v></c><c r="D4" t="e"><v>#DIV/0!</v></c><c r="E4" t="str"><f>"x"</f><v>x</v></c>
<c r="F4" t="inlineStr"><is><t>langsung</t></is></c></row></sheetData></worksheet>"""

SHEET2 = DECL + f"""<worksheet xmlns="{MAIN}"><sheetData><row><c><v>1E-7</v></c><c t="d"><v>2023-12-31T08:30:00</v></c>
<c><f t="shared" ref="C1:C2" si="0">A1*2</f><v>2E-7</v></c><c t="d"><v>2023-12-31T23:59:59.500+07:00</v></c>
<c t="inlineStr"><is><t>_xD83D__xDE00_ _xD83D_</t><rPh><t>x</t></rPh></is></c></row>
<row><c r="C2"><f t="shared" si="0"/></c></row><row r="1048576"><c r="XFD1048576" s="3"><v>60</v></c></row>
</sheetData></worksheet>"""

WORKBOOK = DECL + f"""<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="false"/><sheets>
<sheet name="IKU" sheetId="1" r:id="rId1"/><sheet name="Angka tercetak" sheetId="2" r:id="rId2" state="hidden"/>
</sheets></workbook>"""


def rels(body):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + body
            + "</Relationships>")


def rel(rid, kind, target, base=REL):
    return f'<Relationship Id="{rid}" Type="{base}/{kind}" Target="{target}"/>'


def standard(sheets, workbook, sst=SST, styles=STYLES, base=REL):
    parts = {
        "[Content_Types].xml": DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml", base)),
        "xl/workbook.xml": workbook,
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": sst,
    }
    body = rel("rIdS", "styles", "styles.xml", base) + rel("rIdT", "sharedStrings", "/xl/sharedStrings.xml", base)
    for i, sheet in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet
        body += rel(f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml", base)
    parts["xl/_rels/workbook.xml.rels"] = rels(body)
    return parts


def strict():
    prefixed = lambda xml: xml.replace(f'xmlns="{MAIN}"', f'xmlns="{STRICT_MAIN}"').replace(REL, STRICT_REL)
    workbook = (DECL + f'<x:workbook xmlns:x="{STRICT_MAIN}" xmlns:r="{STRICT_REL}"><x:workbookPr date1904="1"/>'
                '<x:sheets><x:sheet name="Ketat" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>')
    sheet = (DECL + f'<x:worksheet xmlns:x="{STRICT_MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s">'
             '<x:v>1</x:v></x:c><x:c r="B1" s="3"><x:v>43829</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    return standard([sheet], workbook, prefixed(SST), prefixed(STYLES), STRICT_REL)


def write_zip(path, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, content in parts.items():
            z.writestr(name, content.encode("utf-8"))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    books = {
        "dasar": standard([SHEET, SHEET2], WORKBOOK),
        "ketat": strict(),
    }
    for name, parts in books.items():
        write_zip(os.path.join(out, name + ".xlsx"), parts)
        sheet = parts["xl/worksheets/sheet1.xml"]
        joined = "\0".join([sheet, parts["xl/sharedStrings.xml"], parts["xl/styles.xml"], parts["xl/workbook.xml"]])
        with open(os.path.join(out, name + ".parts"), "wb") as f:
            f.write(joined.encode("utf-8"))
    write_zip(os.path.join(out, "tanpa-kompresi.xlsx"), books["dasar"], zipfile.ZIP_STORED)
    # A part name that needs percent-encoding in its target, and an OpenDocument spreadsheet.
    spaced = standard([SHEET2], WORKBOOK.replace(' r:id="rId2" state="hidden"', ' r:id="rId1"'))
    spaced["xl/lembar satu.xml"] = spaced.pop("xl/worksheets/sheet1.xml")
    spaced["xl/_rels/workbook.xml.rels"] = spaced["xl/_rels/workbook.xml.rels"].replace(
        "worksheets/sheet1.xml", "../xl/lembar%20satu.xml")
    write_zip(os.path.join(out, "nama-berspasi.xlsx"), spaced)
    write_zip(os.path.join(out, "lembar.ods"), {"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                               "content.xml": "<office:document-content/>"}, zipfile.ZIP_STORED)
    with open(os.path.join(out, "lembar-saja.parts"), "wb") as f:
        f.write(SHEET2.encode("utf-8"))


if __name__ == "__main__":
    main()
