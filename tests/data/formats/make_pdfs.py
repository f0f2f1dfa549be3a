#!/usr/bin/python3
"""Generate the PDF fixtures of tests/data/formats/ from the invented statements below.

Debian packages needed (apt-get install -y ...):
    python3-reportlab   PDF generation (run this script with /usr/bin/python3)
    python3-pil         the "scanned" image-only PDF
    fonts-dejavu-core   DejaVuSerif.ttf, the typeface of the "scan"
    qpdf                encryption of the password-protected PDF
    poppler-utils       (only to check the results: pdftotext, pdffonts)

Usage:  /usr/bin/python3 make_pdfs.py [OUTPUT_DIR]      (default: this file's folder)

Files written:
    2018-nsg-the-hague-plenary.pdf   3 pages, justified, running head, "Page N of M" footer
    2017-mtcr-dublin-plenary.pdf     2 pages, ragged right, running head, "- N -" footer
    2021-wa-plenary-encrypted.pdf    AES-256 encrypted, user password "plenary-user"
    2008-ag-plenary-scan.pdf         one page image of the text, no text layer at all
    2012-nsg-seattle-damaged.pdf     a valid one-page PDF cut off in the middle

All statements are invented, written in the style of each regime; none is copied from a
published statement. The layout is done here (not by reportlab.platypus) so that the
line breaks, and therefore the words hyphenated at line ends, are fixed and repeatable.
The manifest (manifest.json) lists, for the readable PDFs, the paragraphs as written in
STATEMENTS below; keep the two in step.
"""

import io
import os
import random
import subprocess
import sys
import tempfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

# ---------------------------------------------------------------------------
# Hyphenation points used when a word does not fit at the end of a line.
# "-" marks an allowed break.  Words that contain a real hyphen (non-proliferation,
# dual-use ...) may always break after that hyphen, which then stays.
HYPHENATION = """
con-trols pro-lif-er-a-tion in-ter-na-tional Gov-ern-ments Par-tic-i-pat-ing
im-ple-men-ta-tion tech-nol-ogy in-for-ma-tion Res-o-lu-tion re-pro-cess-ing
ap-pre-ci-a-tion or-gan-i-sa-tion con-sid-er-a-tion ar-range-ments nu-clear
equip-ment en-rich-ment pro-grammes con-tri-bu-tion ver-i-fi-ca-tion
in-ter-me-di-ar-ies doc-u-men-ta-tion ap-pli-ca-tions par-tic-i-pa-tion
in-ten-sive com-pre-hen-sive ir-re-vers-ible aban-don-ment
in-dus-trial mea-sur-ing pro-cure-ment trans-ship-ment en-force-ment
uni-lat-er-ally con-tin-ued ex-ten-sive ac-cel-er-at-ing con-stant
re-in-forc-ing in-tegrity govern-ment de-vel-op-ments rec-om-mended
mem-ber-ship in-ter-con-ti-nen-tal ex-pres-sions Ar-range-ment
""".split()
HYPH = {}
for _pattern in HYPHENATION:
    _cuts, _letters = [], 0
    for _ch in _pattern:
        if _ch == "-":
            _cuts.append(_letters)  # break after this many letters
        else:
            _letters += 1
    HYPH[_pattern.replace("-", "")] = _cuts


def break_points(word):
    """Yield (head, tail) pairs where `word` may be broken at a line end."""
    core = word.rstrip(".,;:)’'\"")
    lead = len(core) - len(core.lstrip("(“\"'"))
    out = []
    for i, ch in enumerate(word[:-1]):
        if ch == "-" and 1 < i < len(word) - 3:
            out.append((word[: i + 1], word[i + 1:]))  # real compound: keep the hyphen
    stem = core[lead:]
    for p in HYPH.get(stem, []) + HYPH.get(stem.lower(), []):
        i = lead + p
        if 2 <= p <= len(stem) - 3:
            out.append((word[:i] + "-", word[i:]))
    return sorted(set(out), key=lambda t: -len(t[0]))


def layout(text, font, size, width, hyphenate=True):
    """Greedy line breaking with hyphenation; returns a list of lines."""
    sp = stringWidth(" ", font, size)
    words = text.split()
    lines, cur = [], []
    cur_w = 0.0
    i = 0
    while i < len(words):
        w = words[i]
        ww = stringWidth(w, font, size)
        need = ww if not cur else cur_w + sp + ww
        if need <= width:
            cur.append(w)
            cur_w = need
            i += 1
            continue
        if hyphenate:
            room = width - (cur_w + sp if cur else 0)
            for head, tail in break_points(w):
                if stringWidth(head, font, size) <= room:
                    cur.append(head)
                    words[i] = tail
                    break
        lines.append(" ".join(cur))
        cur, cur_w = [], 0.0
    if cur:
        lines.append(" ".join(cur))
    return lines


# ---------------------------------------------------------------------------
# The statements.  Keys are output file names.
STATEMENTS = {
    "2018-nsg-the-hague-plenary.pdf": {
        "running_head": "Nuclear Suppliers Group \u2013 Public Statement of the Plenary Meeting",
        "footer": "Page {n} of {total}",
        "justify": True,
        "size": 13,
        "leading": 22,
        "margin": 104,
        "title_size": 14,
        "title": "Public Statement of the Nuclear Suppliers Group Plenary Meeting",
        "dateline": "THE HAGUE, 2\u20134 MAY 2018",
        "paragraphs": [
            "The Nuclear Suppliers Group (NSG) met in The Hague for its twenty-eighth Plenary "
            "meeting. Delegations of the Participating Governments took part, together with the "
            "European Union and the Chair of the Zangger Committee, who attend as permanent "
            "observers. The meeting was opened by a senior official of the host government, who "
            "recalled that responsible nuclear trade and effective non-proliferation are mutually "
            "reinforcing goals.",

            "Participating Governments reaffirmed their firm support for the Treaty on the "
            "Non-Proliferation of Nuclear Weapons as the cornerstone of the global nuclear "
            "non-proliferation regime and as the essential foundation for the peaceful uses of "
            "nuclear energy. They underlined the importance of comprehensive safeguards "
            "agreements together with the Additional Protocol as the verification standard "
            "against which supply decisions are taken, and looked forward to a constructive "
            "preparatory process for the next Review Conference.",

            "The Plenary discussed developments that affect the integrity of the Group\u2019s "
            "Guidelines. Participating Governments expressed grave concern about the nuclear and "
            "ballistic missile programmes of the Democratic People\u2019s Republic of Korea and "
            "called for the complete, verifiable and irreversible abandonment of those "
            "programmes. They also exchanged views on the implementation of the Joint "
            "Comprehensive Plan of Action and recalled the importance of the procurement channel "
            "established by United Nations Security Council Resolution 2231.",

            "Following the work of the Technical Experts Group, the Plenary agreed a number of "
            "amendments to the control lists. These clarify the entries for electron beam welding "
            "equipment, isostatic presses and certain high-precision measuring systems, and bring "
            "the Dual-Use List into line with current industrial practice. The Plenary also "
            "adopted revised guidance on the export of items for nuclear power reactor projects.",

            "Recognising that proliferators increasingly seek technology rather than hardware, "
            "Participating Governments shared national practices in controlling intangible "
            "transfers of technology, including through cloud services, technical assistance and "
            "visits to facilities. They agreed to continue work on good practices for the control "
            "of brokering and transit, and underlined the value of catch-all provisions for items "
            "not on the control lists when there is a risk of diversion to unsafeguarded nuclear "
            "activities.",

            "The Plenary welcomed the reports of the Chair of the Consultative Group and of the "
            "Licensing and Enforcement Experts Meeting, held back to back with the Plenary. "
            "Experts reviewed recent cases of illicit procurement, including the use of front "
            "companies and falsely declared end uses, and agreed to intensify the exchange of "
            "denial notifications among Participating Governments.",

            "The Group continued its outreach to non-Participating Governments, international "
            "organisations and industry, and welcomed the growing number of states that have "
            "aligned their national controls with the NSG Guidelines. Participating Governments "
            "reviewed the question of participation by states not party to the NPT, and agreed "
            "to continue their discussion at the next Plenary.",

            "Participating Governments agreed to publish an updated brochure describing the "
            "Group\u2019s work for a general audience, and to make the Guidelines and control "
            "lists available on the NSG website in a more convenient format for exporters and "
            "licensing officials.",

            "The Plenary thanked the Netherlands for its chairmanship over the past year and for "
            "the excellent arrangements made for the meeting. It welcomed the offer of Latvia to "
            "chair the Group from the conclusion of this meeting and to host the next Plenary in "
            "2019.",
        ],
    },
    "2017-mtcr-dublin-plenary.pdf": {
        "running_head": "MTCR Plenary Meeting, Dublin \u2014 Public Statement",
        "footer": "- {n} -",
        "justify": False,
        "title": "Public Statement from the Plenary Meeting of the Missile Technology Control Regime",
        "dateline": None,
        "paragraphs": [
            "The Missile Technology Control Regime (MTCR) held its thirty-first plenary meeting "
            "in Dublin, Ireland, 16-20 October 2017, under the chairmanship of Ireland. Partners "
            "thanked the Irish authorities for their warm hospitality and for the excellent "
            "organisation of the meeting, and expressed their appreciation to the Republic of "
            "Korea for its work as the outgoing Chair.",

            "Partners reaffirmed their commitment to the aims of the Regime: to limit the risks "
            "of proliferation of weapons of mass destruction by controlling transfers that could "
            "make a contribution to delivery systems for such weapons. They stressed that the "
            "MTCR Guidelines and the Equipment, Software and Technology Annex have become an "
            "international benchmark for responsible export behaviour, applied by many countries "
            "that are not Partners.",

            "Partners held an extensive exchange on missile proliferation trends. They expressed "
            "serious concern about the accelerating pace of ballistic missile launches by the "
            "Democratic People's Republic of Korea, including launches of intercontinental-range "
            "missiles, in violation of United Nations Security Council resolutions, and agreed "
            "to step up their efforts to deny the DPRK access to relevant items and technology. "
            "They also discussed missile programmes in the Middle East, South Asia and elsewhere.",

            "The Plenary adopted amendments to the Annex recommended by the Technical Experts "
            "Meeting, including updated parameters for inertial measurement equipment and for "
            "certain composite materials, and a clarification of the controls on software for "
            "unmanned aerial vehicles. Partners noted the rapid growth of the commercial space "
            "and drone sectors and asked the experts to keep the relevant entries under review.",

            "Partners shared information on procurement patterns of concern, including the use of "
            "intermediaries, transhipment points and falsified end-user documentation. The "
            "Licensing and Enforcement Experts Meeting reviewed national experience in applying "
            "catch-all controls, in controlling intangible transfers of technology such as "
            "technical assistance and the transfer of design data by electronic means, and in "
            "regulating brokering services.",

            "The Plenary reaffirmed the importance of outreach. It welcomed the technical "
            "briefings given by the Chair to a number of non-Partners and encouraged all states "
            "to observe the Guidelines unilaterally. Partners continued to discuss the "
            "applications for membership that are before the Regime, and agreed to keep these "
            "applications under active review.",

            "Partners accepted with thanks the offer of Iceland to host the next plenary meeting, "
            "in Reykjavík in 2018, and to assume the chairmanship of the Regime.",
        ],
    },
    # --- the three unreadable ones -------------------------------------------------------
    "2021-wa-plenary-encrypted.pdf": {
        "running_head": "Wassenaar Arrangement \u2013 Plenary Public Statement",
        "footer": "Page {n} of {total}",
        "justify": True,
        "title": "Public Statement of the Twenty-Seventh Plenary Meeting of the Wassenaar Arrangement",
        "dateline": None,
        "password": ("plenary-user", "plenary-owner"),
        "paragraphs": [
            "The Twenty-Seventh Plenary meeting of the Wassenaar Arrangement on Export Controls "
            "for Conventional Arms and Dual-Use Goods and Technologies was held in Vienna on 1-2 "
            "December 2021, the first meeting in person after a period of virtual work. "
            "Participating States thanked the Chair for guiding the Arrangement through that "
            "difficult period.",

            "The Plenary reviewed the information exchanged on transfers of conventional arms "
            "and dual-use goods and technologies, and discussed regions and situations of "
            "concern, among them the risk that arms and sensitive items reach terrorist groups "
            "and other non-state actors.",

            "Participating States adopted amendments to the Control Lists prepared by the "
            "Experts Group, covering among other things software for the computational design "
            "of integrated circuits, certain components for unmanned aerial vehicles and the "
            "decontrol of some widely available encryption items.",

            "Delegations exchanged experience on intangible transfers of technology, brokering, "
            "end-use controls for non-listed items and effective enforcement, and agreed to "
            "update the relevant best practice documents in the coming year.",

            "The Plenary confirmed its commitment to outreach and transparency, and noted the "
            "continued interest of several states in participation. Participating States "
            "welcomed the technical briefings that the Secretariat gave to non-participating "
            "states during the year, which were held online and attracted a wide audience.",

            "The Plenary agreed that the Chair of the Plenary in 2022 will be held by Ireland. "
            "Participating States expressed their thanks to the outgoing Chair and to the "
            "Secretariat for their work, and noted that the next regular Plenary meeting will "
            "take place in Vienna in December 2022.",
        ],
    },
    "2008-ag-plenary-scan.pdf": {
        "title": "Australia Group Plenary \u2013 Chair\u2019s Statement",
        "paragraphs": [
            "The annual Plenary meeting of the Australia Group was held in Paris, France, on "
            "21-25 April 2008. Forty countries and the European Commission took part.",

            "Participants reaffirmed that national export licensing measures are an effective "
            "way of meeting the obligations of the Chemical Weapons Convention and the "
            "Biological and Toxin Weapons Convention, and agreed to keep the common control "
            "lists under constant review.",

            "The Group considered the risks arising from advances in biotechnology and agreed "
            "to examine controls on genetic elements and on equipment that could be used for "
            "the production of biological agents.",

            "Participants discussed catch-all controls, the control of intangible transfers of "
            "technology and the activities of brokers, and shared experience of enforcement. "
            "They agreed that national legislation should provide for penalties sufficient to "
            "deter violations of export controls, and that customs services should be trained "
            "to recognise listed equipment.",

            "Participants expressed concern that terrorists and other non-state actors continue "
            "to seek chemical and biological weapons, and agreed that licensing officials should "
            "pay close attention to orders from unfamiliar customers, to requests for unusual "
            "quantities and to shipping routes through third countries.",

            "The Group noted its programme of outreach to countries in Asia and Africa, welcomed "
            "the interest of several non-participating countries in aligning their national "
            "controls with the common control lists, and agreed to meet again in Paris next year.",
        ],
    },
    "2012-nsg-seattle-damaged.pdf": {
        "running_head": "Nuclear Suppliers Group \u2013 Seattle Plenary",
        "footer": "Page {n} of {total}",
        "justify": True,
        "size": 13,
        "leading": 22,
        "margin": 104,
        "title": "Public Statement of the Nuclear Suppliers Group",
        "dateline": None,
        "paragraphs": [
            "The Nuclear Suppliers Group held its Plenary meeting in Seattle, United States, on "
            "21-22 June 2012, under the chairmanship of the United States. Participating "
            "Governments welcomed Mexico as the Group\u2019s newest member.",

            "Participating Governments reaffirmed their support for the Treaty on the "
            "Non-Proliferation of Nuclear Weapons and reviewed developments since the last "
            "Plenary, including concerns about the nuclear programmes of the Democratic "
            "People\u2019s Republic of Korea and Iran.",

            "The Plenary agreed to undertake a fundamental review of the control lists, to be "
            "carried out by the Technical Experts Group over the coming years, and welcomed the "
            "progress made in implementing the strengthened guidelines on enrichment and "
            "reprocessing transfers.",

            "Delegations discussed intangible transfers of technology, brokering and national "
            "catch-all mechanisms, and exchanged information on procurement attempts. They "
            "agreed that licensing officials should pay particular attention to orders placed "
            "through trading companies with no apparent link to the nuclear industry, and to "
            "requests for items whose specifications exceed the stated end use.",

            "Participating Governments also reviewed the implementation of the statement on "
            "civil nuclear cooperation adopted in 2008 and continued their discussion of the "
            "participation of states that are not party to the NPT, without reaching a "
            "conclusion.",

            "The Group reviewed its outreach programme, including seminars for officials of "
            "non-member states and a new series of briefings for industry associations, and "
            "accepted the offer of the Czech Republic to host the next Plenary meeting in 2013 "
            "and to chair the Group in the coming year.",
        ],
    },
}

# ---------------------------------------------------------------------------
PAGE_W, PAGE_H = A4
BODY_FONT, BODY_SIZE, LEADING = "Times-Roman", 12, 17.5
LEFT, RIGHT, TOP, BOTTOM = 90, 90, 96, 84


def render(spec, path):
    """Lay the statement out on pages (running head, footer) and write the PDF."""
    LEFT = RIGHT = spec.get("margin", 90)
    width = PAGE_W - LEFT - RIGHT
    size = spec.get("size", BODY_SIZE)
    leading = spec.get("leading", LEADING)
    tsize = spec.get("title_size", 15)
    items = []  # (kind, text) per line
    for line in layout(spec["title"], "Times-Bold", tsize, width, hyphenate=False):
        items.append(("title", line))
    items.append(("gap", 6))
    if spec.get("dateline"):
        items.append(("dateline", spec["dateline"]))
        items.append(("gap", 6))
    for para in spec["paragraphs"]:
        lines = layout(para, BODY_FONT, size, width)
        for k, line in enumerate(lines):
            items.append(("last" if k == len(lines) - 1 else "body", line))
        items.append(("gap", 8))

    pages, cur, y = [], [], PAGE_H - TOP
    for kind, val in items:
        h = val if kind == "gap" else (tsize + 5 if kind == "title" else leading)
        if kind != "gap" and y - h < BOTTOM:
            pages.append(cur)
            cur, y = [], PAGE_H - TOP
        if kind == "gap" and not cur:
            continue
        cur.append((kind, val, y))
        y -= h
    pages.append(cur)

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(spec["title"])
    c.setAuthor("plenary test fixtures")
    total = len(pages)
    for n, page in enumerate(pages, 1):
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 52, spec["running_head"])
        c.setLineWidth(0.5)
        c.line(LEFT, PAGE_H - 58, PAGE_W - RIGHT, PAGE_H - 58)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(PAGE_W / 2, 44, spec["footer"].format(n=n, total=total))
        for kind, text, y in page:
            if kind == "gap":
                continue
            base = y - 12
            if kind == "title":
                c.setFont("Times-Bold", tsize)
                c.drawString(LEFT, base, text)
            elif kind == "dateline":
                c.setFont("Times-Bold", 11)
                c.drawString(LEFT, base, text)
            else:
                t = c.beginText(LEFT, base)
                t.setFont(BODY_FONT, size)
                gaps = text.count(" ")
                if spec["justify"] and kind == "body" and gaps:
                    slack = width - stringWidth(text, BODY_FONT, size)
                    t.setWordSpace(slack / gaps)
                t.textLine(text)
                c.drawText(t)
        c.showPage()
    c.save()
    return total


def render_scan(spec, path):
    """An image of a typed page, slightly skewed and speckled, with no text layer."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 150
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 246)
    d = ImageDraw.Draw(img)
    fdir = "/usr/share/fonts/truetype/dejavu/"
    body = ImageFont.truetype(fdir + "DejaVuSerif.ttf", 25)
    bold = ImageFont.truetype(fdir + "DejaVuSerif-Bold.ttf", 31)
    x0, y = 150, 170
    maxw = w - 2 * x0
    d.text((x0, y), spec["title"], font=bold, fill=25)
    y += 80
    for para in spec["paragraphs"]:
        line = ""
        for word in para.split():
            trial = (line + " " + word).strip()
            if d.textlength(trial, font=body) > maxw:
                d.text((x0, y), line, font=body, fill=30)
                y += 38
                line = word
            else:
                line = trial
        d.text((x0, y), line, font=body, fill=30)
        y += 60
    rnd = random.Random(2008)
    for _ in range(2500):
        px, py = rnd.randrange(w), rnd.randrange(h)
        d.point((px, py), fill=rnd.randrange(90, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    write_image_pdf(buf.getvalue(), w, h, path)


def write_image_pdf(jpeg, w, h, path):
    """A one-page PDF holding only a JPEG, as a scanner writes it: no font, no text."""
    pw, ph = PAGE_W, PAGE_H
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q\n".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
        f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode()
        + jpeg + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"endstream",
        b"<< /Producer (Scan to PDF 2.1) /CreationDate (D:20080428093112) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    with open(path, "wb") as f:
        f.write(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name in ("2018-nsg-the-hague-plenary.pdf", "2017-mtcr-dublin-plenary.pdf"):
        n = render(STATEMENTS[name], os.path.join(out, name))
        print(f"{name}: {n} pages")

    spec = STATEMENTS["2021-wa-plenary-encrypted.pdf"]
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "plain.pdf")
        render(spec, plain)
        user, owner = spec["password"]
        dest = os.path.join(out, "2021-wa-plenary-encrypted.pdf")
        subprocess.run(["qpdf", "--encrypt", user, owner, "256", "--", plain, dest], check=True)
    print("2021-wa-plenary-encrypted.pdf: encrypted, user password", user)

    render_scan(STATEMENTS["2008-ag-plenary-scan.pdf"], os.path.join(out, "2008-ag-plenary-scan.pdf"))
    print("2008-ag-plenary-scan.pdf: image only")

    dest = os.path.join(out, "2012-nsg-seattle-damaged.pdf")
    render(STATEMENTS["2012-nsg-seattle-damaged.pdf"], dest)
    with open(dest, "rb") as f:
        data = f.read()
    with open(dest, "wb") as f:
        f.write(data[: len(data) // 2])  # cut in the middle: no xref, no trailer
    print(f"2012-nsg-seattle-damaged.pdf: truncated to {len(data) // 2} of {len(data)} bytes")


if __name__ == "__main__":
    main()
