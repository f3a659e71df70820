# SILENT ERROR. Construct: a `for` loop whose target is a name the function declares `global`
# (`global i` ... `for i in range(4):`). CPython binds the module's `i` on every pass, so the body's reads of
# `i` and any read after the loop see the loop's values. weft runs the loop (the body's other writes happen:
# `hits` is 4) but keeps the loop's variable apart (it reports it as `i_2`, and `i` is never written): the
# body's `total += i` reads 0 each pass and the read after the loop gives 0.
#   CPython 3.11.7: i=3 total=6 hits=4 after=3
#   weft explore:   1 ok  i_2=0 total=0 hits=4 after=0   -- "complete: these are all the outcomes"
# Also wrong, same construct: `for a, b in [(1, 2), (3, 4)]:` with `global a, b` (weft total=0, CPython 14);
# `for last in ["a", "b", "c"]:` with `global last` (weft last='', CPython 'c'); `return i` after the loop
# (weft 0, CPython 3); the same loop in an `async def` (weft total=0, CPython 6). A module-level loop's
# variable read by a function is refused with the right words; this function-level `global` form is not.
# Commands: weft explore bench/python-agreement/session40/repro/r01_global_for_target.py
#           python3 bench/python-agreement/agree.py --weft W --python PY --runs 20 bench/python-agreement/session40/repro/r01_global_for_target.py
import threading

i = 0
total = 0
hits = 0
after = 0


def tally():
    global i, total, hits, after
    for i in range(4):
        total += i
        hits += 1
    after = i


t = threading.Thread(target=tally)
t.start()
t.join()
print(f"i={i} total={total} hits={hits} after={after}")
