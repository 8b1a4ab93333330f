"""The export wing: a timeline out to other formats, and back where the format allows.

One module per format: :mod:`~vnlao_events.export.json` (the ``vnlao-events.timeline/2``
contract), :mod:`~vnlao_events.export.tabular` (CSV and the pandas DataFrame),
:mod:`~vnlao_events.export.ics` (iCalendar), :mod:`~vnlao_events.export.timelinejs`,
:mod:`~vnlao_events.export.table` (the text table) and :mod:`~vnlao_events.export.plot`
(matplotlib, optional). The public names are re-exported by :mod:`vnlao_events`.
"""
