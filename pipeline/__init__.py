"""Turn SEC EDGAR power-of-attorney exhibits into normalized records and tables, with evidence."""

__version__ = "0.1.0"
