#!/usr/bin/python3
"""Set the bundled communiqués (corpus/) as PDFs, for the PDF reader's tests.

Debian package needed: python3-reportlab (run with /usr/bin/python3).
Usage:  /usr/bin/python3 make_bundled_pdfs.py      (writes the PDFs beside this script)

Each PDF has the communiqué's title in a larger bold font, then its passages as paragraphs
(tests/data/bundled_passages.tsv, which holds the passages the loader reads from corpus/),
a running head and a "Page N of M" footer on every page. The tests read the committed PDFs;
they do not need this script.
"""

import os
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = {
    "2001-ottawa-16th-plenary": "Plenary Meeting of the Missile Technology Control Regime, Ottawa, Canada, September 25-28, 2001",
    "2004-seoul-19th-plenary": "Plenary Meeting of the Missile Technology Control Regime, Seoul, Republic of Korea, 6-8 October 2004",
    "2011-buenos-aires-25th-plenary": "Missile Technology Control Regime Plenary Meeting, Buenos Aires, 13-15 April 2011",
    "2013-rome-27th-plenary": "Plenary Meeting of the Missile Technology Control Regime, Rome, Italy, 14-18 October 2013",
    "2021-sochi-33rd-plenary": "Public Statement of the 33rd Plenary Meeting of the Missile Technology Control Regime",
}
RUNNING_HEAD = "Missile Technology Control Regime \u2014 bundled communiqu\u00e9"


def passages():
    by_doc = {}
    with open(os.path.join(HERE, "..", "bundled_passages.tsv"), encoding="utf-8") as tsv:
        for line in tsv:
            passage_id, text = line.rstrip("\n").split("\t", 1)
            by_doc.setdefault(passage_id.split("#")[0], []).append(text)
    return by_doc


class Furniture:
    """Draws the running head and, once the page count is known, the footer."""

    def __init__(self, pages):
        self.pages = pages

    def __call__(self, canvas, doc):
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, RUNNING_HEAD)
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(A4[0] / 2, 30, "Page %d of %d" % (doc.page, self.pages))
        canvas.restoreState()


def build(name, texts, pages):
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.spaceAfter = 9
    story = [Paragraph(escape(TITLES[name]), styles["Heading2"])]
    story += [Paragraph(escape(text), body) for text in texts]
    doc = SimpleDocTemplate(os.path.join(HERE, name + ".pdf"), pagesize=A4, title=TITLES[name],
                            author="plenary tests", invariant=1)
    furniture = Furniture(pages)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return doc.page


def main():
    for name, texts in sorted(passages().items()):
        pages = build(name, texts, 0)
        build(name, texts, pages)  # again, with the page count in the footer


if __name__ == "__main__":
    main()
