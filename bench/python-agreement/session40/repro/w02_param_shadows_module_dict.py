# Wrong words (from held-out t14): the module name `rows` is bound once, to a dict display; a function elsewhere
# has a parameter also called `rows` (given a list). `rows.values()` at module level is refused with
# "where the file shows `rows` holds a dict: every binding of the name a dict display ... here weft cannot tell
# it from a list": the parameter is another scope's name, not a binding of the module's `rows`.
# CPython: prints expected=15. Command: weft import bench/python-agreement/session40/repro/w02_param_shadows_module_dict.py
import threading

picked = 0


def picker(who, rows):
    global picked
    for row in rows:
        picked += row


rows = {"ada": [3, 2], "bo": [4, 1], "cy": [5]}
expected = sum(sum(r) for r in rows.values())
t = threading.Thread(target=picker, args=("ada", [3, 2]))
t.start()
t.join()
print(f"expected={expected} picked={picked}")
