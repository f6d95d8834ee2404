"""Storage: DuckDB by default, with Parquet and GDELT-format export."""
from .duck import Store

__all__ = ["Store"]
