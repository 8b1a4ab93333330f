"""Countries and provinces from ISO 3166 (``pycountry``): codes, names in English and Vietnamese.

The catalogue's gazetteer names only what the reference data does not know (a city, a
venue, the spellings the press uses); a country a mechanism names among its members is
known from its code alone.

>>> country_names("KH")["en"]
'Cambodia'
>>> is_country("XX")
False
>>> subdivision("VN-24")
('VN', 'Quảng Bình')
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

__all__ = ["country_codes", "country_names", "is_country", "subdivision"]


@cache
def _vietnamese() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["vi"])
    except OSError:  # pragma: no cover - the locale ships with pycountry
        return gettext.NullTranslations()


def is_country(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code."""
    return len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


@cache
@cache
def country_codes() -> tuple[str, ...]:
    """Every alpha-2 code of ISO 3166-1.

    >>> "KH" in country_codes() and "LA" in country_codes()
    True
    """
    return tuple(sorted(str(c.alpha_2) for c in pycountry.countries))


def country_names(code: str) -> dict[str, str]:
    """The English (common) and Vietnamese names of a country, by its alpha-2 code.

    Returns:
        ``{"en": ..., "vi": ..., "official": ...}``; empty for an unknown code.
    """
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return {}
    name = str(country.name)
    common = str(getattr(country, "common_name", "") or name)
    official = str(getattr(country, "official_name", "") or name)
    return {"en": common, "vi": _vietnamese().gettext(name), "official": official, "iso": name}


def subdivision(code: str) -> tuple[str, str] | None:
    """An ISO 3166-2 subdivision's country code and name, or ``None`` when unknown."""
    found = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if found is None:
        return None
    return str(found.country_code), str(found.name)
