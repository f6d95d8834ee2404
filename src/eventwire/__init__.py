"""eventwire: world news → evidence-linked event data (actors, CAMEO/PLOVER events, quotes)."""
__version__ = "0.1.0"


def extract(text, *, published=None, **kw):
    """Code one article: returns the coded `eventwire.model.Article`."""
    from .pipeline import extract as _extract

    return _extract(text, published=published, **kw)


__all__ = ["__version__", "extract"]
