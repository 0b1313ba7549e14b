"""CAMEO's parallel sub-codes: an intent, appeal, demand or refusal takes the sub-code of
what it is about.

CAMEO repeats the cooperative roots inside four families: "express intent to" (03), "appeal
for" (02), "demand" (10) and "reject"/"decline to" (12).  Releasing people is 0841; the
intent to release them is 0353, the appeal 0253, the demand 1053, the refusal 1243.  When the
coder reads an act as promised, asked for or refused, it keeps this correspondence rather
than the family's generic code (035, 105, 124).
"""

from __future__ import annotations

from .ontology import Ontology

# content code prefix -> (intent 03, appeal 02, demand 10, refusal 12); "" where CAMEO has none
_PARALLEL: dict[str, tuple[str, str, str, str]] = {
    "06": ("031", "021", "101", "121"),
    "061": ("0311", "0211", "1011", "1211"),
    "062": ("0312", "0212", "1012", "1212"),
    "063": ("0313", "0213", "1013", "1213"),
    "064": ("0314", "0214", "1014", "1214"),
    "05": ("032", "022", "102", ""),
    "07": ("033", "023", "103", "122"),
    "071": ("0331", "0231", "1031", "1221"),
    "072": ("0332", "0232", "1032", "1222"),
    "073": ("0333", "0233", "1033", "1223"),
    "074": ("0334", "0234", "1034", "1224"),
    "08": ("035", "025", "105", "124"),
    "081": ("0351", "0251", "1051", "1241"),
    "082": ("0352", "0252", "1052", "1242"),
    "083": ("034", "024", "104", "123"),
    "0831": ("0341", "0241", "1041", "1231"),
    "0832": ("0342", "0242", "1042", "1232"),
    "0833": ("0343", "0243", "1043", "1233"),
    "0834": ("0344", "0244", "1044", "1234"),
    "084": ("0353", "0253", "1053", "1243"),
    "085": ("0354", "0254", "1054", "1244"),
    "086": ("0355", "0255", "1055", "1245"),
    "087": ("0356", "0256", "1056", "1246"),
    "04": ("036", "026", "106", "125"),
}
_FAMILIES = ("03", "02", "10", "12")


def parallel_code(ontology: Ontology, family_code: str, content: str) -> str:
    """``family_code`` (an 03, 02, 10 or 12 code) made as specific as the act ``content``
    it is about allows; ``family_code`` itself when CAMEO has no such sub-code, or when the
    sub-code would not refine it (another branch of the family, another PLOVER type)."""
    fam = family_code[:2]
    if fam not in _FAMILIES or not content:
        return family_code
    k = _FAMILIES.index(fam)
    # (a root's own code, "030", is refined by any code of its root; "035" by "035x")
    stem = family_code[:2] if family_code.endswith("0") and len(family_code) == 3 else family_code
    for n in range(len(content), 1, -1):
        row = _PARALLEL.get(content[:n])
        if row is None or not row[k]:
            continue
        code = row[k]
        if (code != family_code and code.startswith(stem) and code in ontology.cameo
                and ontology.plover(code)[0] == ontology.plover(family_code)[0]):
            return code
        break
    return family_code
