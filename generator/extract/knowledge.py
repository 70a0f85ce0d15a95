"""Built-in world knowledge about organisations: kinds and aliases of well-known names.

Used when the user's registry does not know a name: the entity ruler tags these names as
organisations (so the small statistical model cannot call "al-Shabab" a person), and
resolution gives a discovered name the canonical name and kind listed here.

Sources and principle (general knowledge, kept small and reviewable):
- international organisations: the United Nations system (principal organs, agencies and
  peacekeeping or political missions), regional organisations and alliances, standing
  diplomatic formats, and the international humanitarian bodies;
- armed groups: the non-state groups on public lists of designated terrorist organisations
  (the US State Department's Foreign Terrorist Organizations list, the UN Security Council's
  ISIL/al-Qaida sanctions list) and the major militias and rebel movements of recent wars,
  each with its common English spellings, transliterations and acronyms;
- government agencies: national intelligence and security services, armed forces with a
  proper name, and the military commands news often cites.
A curated registry entry for the same name always wins (see `generator.resolve.actors`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

INTERNATIONAL = "international_org"
ARMED = "armed_group"
AGENCY = "government_agency"
OTHER = "other_org"
PARTY = "political_party"


@dataclass(frozen=True)
class Known:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


def _k(name: str, kind: str, *aliases: str, country: str | None = None) -> Known:
    return Known(name, kind, tuple(aliases), country)


ENTRIES: tuple[Known, ...] = (
    # ------------------------------------------------------------ international organisations
    _k("United Nations", INTERNATIONAL, "UN", "U.N.", "United Nations Organization"),
    _k("United Nations Security Council", INTERNATIONAL, "UN Security Council", "U.N. Security Council",
       "UNSC", "Security Council"),
    _k("United Nations General Assembly", INTERNATIONAL, "UN General Assembly", "U.N. General Assembly",
       "UNGA"),
    _k("United Nations Human Rights Council", INTERNATIONAL, "UN Human Rights Council", "UNHRC"),
    _k("Office of the UN High Commissioner for Human Rights", INTERNATIONAL, "OHCHR",
       "UN human rights office", "UN Human Rights Office"),
    _k("UNHCR", INTERNATIONAL, "UN Refugee Agency", "UN refugee agency", "United Nations High Commissioner for Refugees",
       "Office of the United Nations High Commissioner for Refugees"),
    _k("UNICEF", INTERNATIONAL, "United Nations Children's Fund", "UN Children's Fund"),
    _k("World Food Programme", INTERNATIONAL, "WFP", "World Food Program", "UN World Food Programme"),
    _k("World Health Organization", INTERNATIONAL, "World Health Organisation"),
    _k("UN Office for the Coordination of Humanitarian Affairs", INTERNATIONAL, "OCHA",
       "United Nations Office for the Coordination of Humanitarian Affairs"),
    _k("International Organization for Migration", INTERNATIONAL, "IOM", "International Organisation for Migration"),
    _k("International Atomic Energy Agency", INTERNATIONAL, "IAEA"),
    _k("International Criminal Court", INTERNATIONAL, "ICC"),
    _k("International Court of Justice", INTERNATIONAL, "ICJ"),
    _k("UN Assistance Mission in Afghanistan", INTERNATIONAL, "UNAMA", "United Nations Assistance Mission in Afghanistan"),
    _k("UN Assistance Mission for Iraq", INTERNATIONAL, "UNAMI", "United Nations Assistance Mission for Iraq"),
    _k("UN Assistance Mission in Somalia", INTERNATIONAL, "UNSOM", "United Nations Assistance Mission in Somalia"),
    _k("MONUSCO", INTERNATIONAL),
    _k("MINUSMA", INTERNATIONAL),
    _k("UNIFIL", INTERNATIONAL, "United Nations Interim Force in Lebanon"),
    _k("UNMISS", INTERNATIONAL, "United Nations Mission in South Sudan"),
    _k("NATO", INTERNATIONAL, "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"),
    _k("European Union", INTERNATIONAL, "EU", "E.U."),
    _k("European Commission", INTERNATIONAL),
    _k("European Parliament", INTERNATIONAL),
    _k("Council of Europe", INTERNATIONAL),
    _k("Organization for Security and Co-operation in Europe", INTERNATIONAL, "OSCE",
       "Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"),
    _k("African Union", INTERNATIONAL, "AU"),
    _k("African Union Mission in Somalia", INTERNATIONAL, "AMISOM"),
    _k("African Union Transition Mission in Somalia", INTERNATIONAL, "ATMIS"),
    _k("Economic Community of West African States", INTERNATIONAL, "ECOWAS"),
    _k("Intergovernmental Authority on Development", INTERNATIONAL, "IGAD"),
    _k("Southern African Development Community", INTERNATIONAL, "SADC"),
    _k("East African Community", INTERNATIONAL, "EAC"),
    _k("Multinational Joint Task Force", INTERNATIONAL, "MNJTF"),
    _k("Arab League", INTERNATIONAL, "League of Arab States"),
    _k("Gulf Cooperation Council", INTERNATIONAL, "GCC"),
    _k("Organisation of Islamic Cooperation", INTERNATIONAL, "OIC", "Organization of Islamic Cooperation"),
    _k("ASEAN", INTERNATIONAL, "Association of Southeast Asian Nations"),
    _k("Shanghai Cooperation Organisation", INTERNATIONAL, "SCO", "Shanghai Cooperation Organization"),
    _k("Collective Security Treaty Organization", INTERNATIONAL, "CSTO"),
    _k("Commonwealth of Independent States", INTERNATIONAL, "CIS"),
    _k("OPEC", INTERNATIONAL, "Organization of the Petroleum Exporting Countries"),
    _k("International Monetary Fund", INTERNATIONAL, "IMF"),
    _k("World Bank", INTERNATIONAL),
    _k("World Trade Organization", INTERNATIONAL, "WTO"),
    _k("Interpol", INTERNATIONAL, "INTERPOL"),
    _k("International Committee of the Red Cross", INTERNATIONAL, "ICRC", "Red Cross"),
    _k("International Federation of Red Cross and Red Crescent Societies", INTERNATIONAL, "IFRC"),
    _k("G7", INTERNATIONAL, "Group of Seven"),
    _k("G20", INTERNATIONAL, "Group of 20", "Group of Twenty"),
    _k("Normandy Format", INTERNATIONAL, "Normandy Four", "Normandy format", "Normandy Quartet"),
    _k("Trilateral Contact Group", INTERNATIONAL),
    _k("OSCE Minsk Group", INTERNATIONAL, "Minsk Group"),
    _k("Global Coalition against Daesh", INTERNATIONAL, "US-led coalition", "U.S.-led coalition",
       "Global Coalition to Defeat ISIS", "anti-ISIS coalition", "anti-IS coalition", "Operation Inherent Resolve"),
    _k("Saudi-led coalition", INTERNATIONAL, "Saudi-led Coalition", "Arab coalition"),
    # ------------------------------------------------------------ non-governmental organisations
    _k("Amnesty International", OTHER),
    _k("Human Rights Watch", OTHER, "HRW"),
    _k("Médecins Sans Frontières", OTHER, "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"),
    _k("Norwegian Refugee Council", OTHER, "NRC"),
    _k("International Crisis Group", OTHER),
    _k("Save the Children", OTHER),
    _k("Oxfam", OTHER),
    _k("Syrian Observatory for Human Rights", OTHER, "SOHR"),
    _k("White Helmets", OTHER, "Syria Civil Defence", "Syrian Civil Defence"),
    # ------------------------------------------------------------ armed groups
    _k("Al-Qaeda", ARMED, "al-Qaida", "al Qaeda", "al-Qaeda", "Al Qaeda", "al-Qa'ida", "al Qaida", "Al-Qaida",
       "Qaeda", "al-Qaeda"),
    _k("Al-Qaeda in the Arabian Peninsula", ARMED, "AQAP", "al-Qaida in the Arabian Peninsula",
       "Al Qaeda in the Arabian Peninsula", "Al Qaida in the Arabian Peninsula"),
    _k("Al-Qaeda in the Islamic Maghreb", ARMED, "AQIM", "al-Qaida in the Islamic Maghreb",
       "Al Qaeda in the Islamic Maghreb", "Al Qaida in the Islamic Maghreb"),
    _k("Al-Qaeda in the Indian Subcontinent", ARMED, "AQIS", "al-Qaida in the Indian Subcontinent",
       "Al Qaeda in the Indian Subcontinent", "Al Qaida in the Indian Subcontinent"),
    _k("Islamic State", ARMED, "ISIS", "ISIL", "Daesh", "Da'esh", "Daish", "Islamic State of Iraq and Syria",
       "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham",
       "Islamic State in Iraq and Syria", "Isis", "Isil", "IS"),
    _k("Islamic State West Africa Province", ARMED, "ISWAP", "Islamic State in West Africa",
       "Islamic State West Africa", "ISWA"),
    _k("Islamic State Khorasan Province", ARMED, "ISKP", "IS-K", "ISIS-K", "Islamic State Khorasan", "ISIS-Khorasan"),
    _k("Islamic State in the Greater Sahara", ARMED, "ISGS"),
    _k("Islamic State Sinai Province", ARMED, "Ansar Bayt al-Maqdis", "Sinai Province"),
    _k("Al-Shabaab", ARMED, "al-Shabab", "Al Shabaab", "Al Shabab", "al-Shabaab", "Shabaab", "Shabab",
       "Harakat al-Shabaab al-Mujahideen", "al Shabaab", "al Shabab", "Al-Shabab"),
    _k("Boko Haram", ARMED, "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"),
    _k("Ansaru", ARMED),
    _k("Jama'at Nasr al-Islam wal Muslimin", ARMED, "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin"),
    _k("Ansar Dine", ARMED, "Ansar al-Din"),
    _k("Al-Mourabitoun", ARMED, "al-Murabitun"),
    _k("Ansar al-Sharia", ARMED, "Ansar al-Shariah"),
    _k("Hamas", ARMED, "HAMAS", "Islamic Resistance Movement"),
    _k("Izz ad-Din al-Qassam Brigades", ARMED, "Qassam Brigades", "al-Qassam Brigades", "Ezzedine al-Qassam Brigades"),
    _k("Palestinian Islamic Jihad", ARMED, "Islamic Jihad", "PIJ"),
    _k("Al-Aqsa Martyrs' Brigades", ARMED, "Al-Aqsa Martyrs Brigades"),
    _k("Hezbollah", ARMED, "Hizbollah", "Hizballah", "Hizbullah", "Hezbolla"),
    _k("Kataib Hezbollah", ARMED, "Kata'ib Hezbollah", "Kata’ib Hezbollah", "Kataib Hizballah", "Kata'ib Hizballah",
       "Hezbollah Brigades", "KH"),
    _k("Asa'ib Ahl al-Haq", ARMED, "Asaib Ahl al-Haq", "Asa’ib Ahl al-Haq", "AAH", "League of the Righteous"),
    _k("Harakat Hezbollah al-Nujaba", ARMED, "Harakat al-Nujaba", "al-Nujaba", "Nujaba"),
    _k("Kataib Sayyid al-Shuhada", ARMED, "Kata'ib Sayyid al-Shuhada"),
    _k("Popular Mobilization Forces", ARMED, "Popular Mobilisation Forces", "Popular Mobilization Units",
       "Popular Mobilisation Units", "Hashd al-Shaabi", "Hashd Shaabi", "al-Hashd al-Shaabi", "Hashed al-Shaabi",
       "al-Hashed al-Shaabi", "PMF", "PMU", "Popular Mobilization Force", "Popular Mobilisation Force"),
    _k("Badr Organization", ARMED, "Badr Organisation", "Badr Brigade", "Badr Brigades", "Badr Corps"),
    _k("Saraya al-Salam", ARMED, "Peace Brigades", "Mahdi Army", "Jaish al-Mahdi"),
    _k("Houthis", ARMED, "Houthi", "Houthi movement", "Houthi rebels", "Ansar Allah", "Ansarullah", "Huthis",
       "Huthi", "Huthi rebels"),
    _k("Southern Transitional Council", ARMED, "STC"),
    _k("Hay'at Tahrir al-Sham", ARMED, "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham"),
    _k("Al-Nusra Front", ARMED, "Nusra Front", "Jabhat al-Nusra", "al-Nusra", "Jabhat Fateh al-Sham",
       "Jabhat al-Nusra li-Ahl al-Sham", "Nusra"),
    _k("Ahrar al-Sham", ARMED),
    _k("Jaysh al-Islam", ARMED, "Jaish al-Islam"),
    _k("Free Syrian Army", ARMED, "FSA"),
    _k("Syrian National Army", ARMED, "Turkish-backed Syrian National Army"),
    _k("Syrian Democratic Forces", ARMED, "SDF"),
    _k("People's Protection Units", ARMED, "YPG", "Kurdish People's Protection Units"),
    _k("Women's Protection Units", ARMED, "YPJ"),
    _k("Kurdistan Workers' Party", ARMED, "PKK", "Kurdistan Workers Party"),
    _k("Peshmerga", AGENCY, "Kurdish Peshmerga"),
    _k("Taliban", ARMED, "Afghan Taliban", "Taleban", "Islamic Emirate of Afghanistan"),
    _k("Tehrik-i-Taliban Pakistan", ARMED, "Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban",
       "Tehreek-e-Taliban Pakistan"),
    _k("Haqqani Network", ARMED, "Haqqani network"),
    _k("Lashkar-e-Taiba", ARMED, "Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "LeT", "Jamaat-ud-Dawa", "JuD"),
    _k("Jaish-e-Mohammed", ARMED, "Jaish-e-Muhammad", "Jaish-e-Mohammad", "JeM"),
    _k("Lashkar-e-Jhangvi", ARMED, "LeJ"),
    _k("Jamaat-ul-Ahrar", ARMED, "JuA"),
    _k("Islamic Movement of Uzbekistan", ARMED, "IMU"),
    _k("East Turkestan Islamic Movement", ARMED, "ETIM", "Turkistan Islamic Party"),
    _k("Balochistan Liberation Army", ARMED, "Baloch Liberation Army", "BLA"),
    _k("Jemaah Islamiyah", ARMED),
    _k("Abu Sayyaf", ARMED, "Abu Sayyaf Group"),
    _k("Liberation Tigers of Tamil Eelam", ARMED, "LTTE", "Tamil Tigers"),
    _k("Revolutionary Armed Forces of Colombia", ARMED, "FARC"),
    _k("National Liberation Army", ARMED, "ELN"),
    _k("Shining Path", ARMED, "Sendero Luminoso"),
    _k("Lord's Resistance Army", ARMED, "LRA"),
    _k("Allied Democratic Forces", ARMED, "ADF"),
    _k("March 23 Movement", ARMED, "M23"),
    _k("Rapid Support Forces", ARMED, "RSF"),
    _k("Janjaweed", ARMED),
    _k("Seleka", ARMED, "Séléka"),
    _k("Anti-balaka", ARMED, "anti-Balaka"),
    _k("Wagner Group", ARMED, "PMC Wagner"),
    _k("Donetsk People's Republic", ARMED, "DPR", "DNR", "Donetsk People’s Republic",
       "self-proclaimed Donetsk People's Republic"),
    _k("Luhansk People's Republic", ARMED, "LPR", "LNR", "Lugansk People's Republic", "Luhansk People’s Republic",
       "Lugansk People’s Republic"),
    _k("Irish Republican Army", ARMED, "IRA", "Provisional IRA"),
    # ------------------------------------------------------------ government agencies
    _k("Islamic Revolutionary Guard Corps", AGENCY, "IRGC", "Revolutionary Guards", "Revolutionary Guard",
       "Revolutionary Guard Corps", "Iranian Revolutionary Guard Corps", "Iran's Revolutionary Guards",
       "Revolutionary Guards Corps", "Islamic Revolutionary Guards Corps", country="Iran"),
    _k("Quds Force", AGENCY, "al-Quds Force", "Qods Force", "IRGC Quds Force", "IRGC-Quds Force", country="Iran"),
    _k("Basij", AGENCY, country="Iran"),
    _k("Central Intelligence Agency", AGENCY, "CIA", country="United States"),
    _k("Federal Bureau of Investigation", AGENCY, "FBI", country="United States"),
    _k("National Security Agency", AGENCY, "NSA", country="United States"),
    _k("US Department of Defense", AGENCY, "Pentagon", "Department of Defense", "U.S. Department of Defense",
       "US Defense Department", "U.S. Defense Department", "Defense Department", country="United States"),
    _k("US Department of State", AGENCY, "State Department", "US State Department", "U.S. State Department",
       "Department of State", country="United States"),
    _k("United States Africa Command", AGENCY, "AFRICOM", "Africom", "US Africa Command", "U.S. Africa Command",
       country="United States"),
    _k("United States Central Command", AGENCY, "CENTCOM", "Centcom", "US Central Command", "U.S. Central Command",
       country="United States"),
    _k("United States European Command", AGENCY, "EUCOM", "US European Command", "U.S. European Command",
       country="United States"),
    _k("Federal Security Service", AGENCY, "FSB", "Russian Federal Security Service", country="Russia"),
    _k("Foreign Intelligence Service of Russia", AGENCY, "SVR", country="Russia"),
    _k("GRU", AGENCY, "Russian military intelligence", country="Russia"),
    _k("National Guard of Russia", AGENCY, "Rosgvardia", "Rosgvardiya", country="Russia"),
    _k("Security Service of Ukraine", AGENCY, "SBU", "Ukraine's Security Service", country="Ukraine"),
    _k("Verkhovna Rada", AGENCY, "Rada", country="Ukraine"),
    _k("Mossad", AGENCY, country="Israel"),
    _k("Shin Bet", AGENCY, "Shabak", "Israel Security Agency", country="Israel"),
    _k("Israel Defense Forces", AGENCY, "IDF", "Israeli Defense Forces", "Israel Defence Forces",
       "Israeli Defence Forces", country="Israel"),
    _k("MI5", AGENCY, country="United Kingdom"),
    _k("MI6", AGENCY, "Secret Intelligence Service", country="United Kingdom"),
    _k("Inter-Services Intelligence", AGENCY, "ISI", country="Pakistan"),
    _k("Inter-Services Public Relations", AGENCY, "ISPR", country="Pakistan"),
    _k("National Directorate of Security", AGENCY, "NDS", country="Afghanistan"),
    _k("Kenya Defence Forces", AGENCY, "KDF", "Kenyan Defence Forces", country="Kenya"),
    _k("National Intelligence and Security Agency", AGENCY, "NISA", country="Somalia"),
    _k("Department of State Services", AGENCY, "DSS", "State Security Service", country="Nigeria"),
    _k("Syrian Arab Army", AGENCY, "SAA", country="Syria"),
    _k("Counter Terrorism Service", AGENCY, "CTS", "Counter-Terrorism Service", country="Iraq"),
)

# Ideological or sectarian adjectives the small model tags as organisations ("a Takfiri group").
NOT_ACTORS = frozenset((
    "takfiri", "takfiris", "salafi", "salafist", "wahhabi", "jihadi", "jihadist", "jihadists", "islamist",
    "islamists", "sunni", "sunnis", "shia", "shiite", "shiites", "shi'ite", "kurd", "kurds",
))
# Time zones, so that "(12:00 GMT)" is no organisation.
TIME_ZONES = frozenset((
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
    "PDT", "IST", "PKT", "AST", "EAT", "WAT", "CAT", "SAST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "GST",
    "IRST", "AFT", "WIB", "ICT", "PHT", "TRT", "AWST", "NZST", "HST", "AKST", "WET", "WEST", "ART", "BRT",
))


def key(name: str) -> str:
    """A lookup key under which spellings of one name coincide: case, quotes, hyphens, spaces,
    a leading "the" and diacritics are ignored."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]", "", text)


# Acronyms that are also common words or too short to match outside their own case.
_CASE_SENSITIVE = re.compile(r"^[A-Z0-9][A-Za-z0-9.\-]*$")


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Known]:
    out: dict[str, Known] = {}
    for entry in ENTRIES:
        for name in (entry.name, *entry.aliases):
            k = key(name)
            if k and k not in out:
                out[k] = entry
    return out


def lookup(name: str) -> Known | None:
    """The built-in entry for a name or alias ("al-Shabab", "Daesh", "UN"), or None.

    An all-capital acronym matches only written in capitals ("IS" is the group, "is" is not),
    and a name written in capitals only matches its acronym forms ("ETA", not "Eta")."""
    entry = _index().get(key(name))
    if entry is None:
        return None
    forms = (entry.name, *entry.aliases)
    if any(name.strip() == f for f in forms):
        return entry
    if any(key(f) == key(name) and not _acronym(f) for f in forms):
        return entry
    return None


def _acronym(form: str) -> bool:
    letters = form.replace(".", "").replace("-", "")
    return letters.isupper() and len(letters) <= 6


# Generic aliases that also end longer names ("Kenya Red Cross", "National Security Council"):
# resolution still knows them, but they are not forced on the text.
_NOT_RULED = frozenset(("Red Cross", "Security Council", "Rada", "Houthi", "Qaeda", "Nusra", "Islamic Jihad",
                        "Revolutionary Guard"))


def ruler_names() -> list[tuple[str, Known]]:
    """(name, entry) for every name and alias the entity ruler should tag, sorted.

    Acronyms of two letters are left to the statistical model ("IS", "AU" in a headline
    written in capitals), except those that are hardly ever anything else."""
    out = []
    for entry in ENTRIES:
        for name in sorted({entry.name, *entry.aliases}):
            letters = name.replace(".", "")
            if _acronym(name) and len(letters) <= 2 and letters not in ("UN", "EU", "AU"):
                continue
            if name in _NOT_RULED:
                continue
            out.append((name, entry))
    return sorted(out, key=lambda p: (p[0], p[1].name))


def group_country(entry: Known) -> str | None:
    return entry.country
