"""Rendering dipkit records for a person: highlighted text and tables, via rich.

``dipkit.show.run.show_records`` reads records and writes them out;
``document.render_record`` gives the rich renderables of one record and
``output`` decides colour, width and paging.  Those modules import rich, so
only this package's constants may be imported at start-up.
"""

VIEWS = ("meetings", "quotes", "entities", "dates")
