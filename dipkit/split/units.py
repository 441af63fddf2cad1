"""One record per paragraph or sentence of a clean document (``dipkit split --unit``)."""

from __future__ import annotations

from dipkit.split.sentences import paragraph_spans, sentence_spans

_SUFFIX = {"para": "p", "sent": "s"}
_DOCUMENT_ONLY = ("text", "raw", "removed", "dateline", "id")


def unit_records(document: dict, unit: str) -> list[dict]:
    """The paragraphs or sentences of DOCUMENT (a split record) as records of their own.

    Each has ``id`` ("DOC:p3", "DOC:s12"), ``doc``, a 0-based ``index``, and
    ``start``/``end`` into the document's clean text; the document's other
    fields (``title``, ``published``, ``url`` ...) are carried along.
    """
    text = document["text"]
    spans = paragraph_spans(text) if unit == "para" else sentence_spans(text)
    doc_id = str(document.get("id"))
    carried = {key: value for key, value in document.items() if key not in _DOCUMENT_ONLY}
    return [
        {
            **carried,
            "id": f"{doc_id}:{_SUFFIX[unit]}{index}",
            "doc": doc_id,
            "index": index,
            "start": start,
            "end": end,
            "text": text[start:end],
        }
        for index, (start, end) in enumerate(spans)
    ]
