"""Write claimtab/rules/unit_aliases_physical.tsv from claimtab/rules/physical_units.txt with pint's own
registry: each unit's symbol, name and plural as pint spells them, plus the extra written forms the list
gives. Run it after editing the list: python tools/physical_units.py

The table is data the extractor reads at start-up; pint is asked only here, so reading text never builds
pint's registry for these units. A physical amount's kind is 'other' and its value stays in the unit it is
written in (no conversion: '91 K' is 91 K, '300 °C' is 300 °C, '13 years' is 13 years); a duration in
weeks ('training takes 2 weeks') is a time in seconds."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pint

DURATIONS = {"week", "day"}  # months and years mostly date a period ('over ten years'): kind 'other'
RULES = Path(__file__).resolve().parent.parent / "claimtab" / "rules"
NOT_SYMBOLS = {"M", "T", "G", "A", "a", "d", "l", "N", "h", "min", "s", "m", "g", "in", "mi"}  # scales, words, or already listed


def surfaces(ureg: pint.UnitRegistry, name: str, extra: list[str]) -> list[str]:
    unit = ureg.Unit(name)
    symbol = f"{unit:~}".replace(" ", "")
    long = f"{unit}".replace("_", " ")
    found = [symbol] if symbol not in NOT_SYMBOLS else []
    if "/" not in long and "*" not in long:
        found += [long] + ([long + "s"] if " " not in long else [])
    found += extra
    # as the tokenizer splits them: 'mm/yr' -> 'mm / yr', '°C' -> '° C' (a unit is matched token by token)
    split = [re.sub(r"\s*/\s*", " / ", f).replace("°", "° ").strip() for f in found]
    return found + [f for f in split if f not in found]


def main(out: Path | None = None) -> int:
    ureg = pint.UnitRegistry()
    existing = {line.split("\t")[0] for line in (RULES / "unit_aliases.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")}
    rows, seen = [], set(existing)
    for line in (RULES / "physical_units.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, more = line.partition("\t")
        symbol = f"{ureg.Unit(name):~}".replace(" ", "").replace("**", "^")
        extra = [m for m in more.split("|") if m]
        # a symbol pint shares with a scale or a word ('l') gives way to the first form the list gives ('L')
        canonical, kind = (symbol if symbol not in NOT_SYMBOLS else extra[0] if extra else f"{ureg.Unit(name)}"), "other"
        if ureg.Unit(name).dimensionality == ureg.Unit("second").dimensionality and name in DURATIONS:
            canonical, kind = "s", "time"  # a duration, as the time units of unit_aliases.tsv
        for surface in surfaces(ureg, name, extra):
            ureg.Quantity(1, name)  # the name parses: a bad line fails here, not at run time
            if surface not in seen:
                seen.add(surface)
                rows.append(f"{surface}\t{name.replace(' ', '')}\t{canonical}\t{kind}")
    header = ("# surface\tpint unit\tcanonical unit (output)\tkind hint\n"
              "# Made by tools/physical_units.py from physical_units.txt and pint's registry; do not edit by hand.\n")
    out = out or RULES / "unit_aliases_physical.tsv"
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} surfaces -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
