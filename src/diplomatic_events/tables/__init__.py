"""An extraction as flat tables: rows, pandas DataFrames, CSV, Parquet and JSON Lines.

:func:`table_rows` and :func:`write_csv` need nothing extra; :func:`to_pandas` needs the
``[pandas]`` extra and :func:`write_parquet` the ``[parquet]`` extra. The tables and their
columns are :data:`COLUMNS`.
"""

from diplomatic_events.tables._rows import COLUMNS, Cell, Row, table_rows
from diplomatic_events.tables._write import (
    DATETIME_COLUMNS,
    to_jsonl,
    to_pandas,
    write_csv,
    write_parquet,
)

__all__ = [
    "COLUMNS",
    "DATETIME_COLUMNS",
    "Cell",
    "Row",
    "table_rows",
    "to_jsonl",
    "to_pandas",
    "write_csv",
    "write_parquet",
]
