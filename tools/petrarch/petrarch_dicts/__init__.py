"""Readers and writers of the PETRARCH-2 dictionary formats, one module per format.

- ``lines``: what every format shares (comments, phrases as words, codes in brackets, plurals)
- ``roles``: dated roles of an actor (``[USAGOV >20090120]``)
- ``actors``: the Phoenix actor dictionaries -> ``actors.tsv``
- ``agents``: the agents dictionary -> ``agents.tsv``; the discards -> ``discards.tsv``
- ``verbs``: the CAMEO verb dictionary (synonym sets, verbs, patterns) -> ``verbs.tsv`` ...
- ``validate``: the validation suite's made-up actors as a user KB for the petr_unit gold set

``tools/petrarch/compile.py`` drives them.
"""
