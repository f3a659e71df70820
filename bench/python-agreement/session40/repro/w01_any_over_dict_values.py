# Wrong words (from held-out f02): `any(v < 0 for v in quota.values())` is refused as "`break`, `continue`,
# `return` or `else:` in a loop over a dict with string keys that the program may write"; the program has no
# break, continue, return or else: it has a generator expression inside any() (any() stops early, which is
# presumably the 'break' meant). `sum(1 for v in quota.values() if v < 0)` in its place imports.
# CPython: prints negative=False. Command: weft import bench/python-agreement/session40/repro/w01_any_over_dict_values.py
import threading

quota = {"cod": 10, "hake": 6}


def land(species, tons):
    quota[species] -= tons


t = threading.Thread(target=land, args=("cod", 4))
t.start()
t.join()
negative = any(v < 0 for v in quota.values())
print(f"negative={negative}")
