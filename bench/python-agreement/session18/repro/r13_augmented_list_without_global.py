# Silent error (weft-start 81fd411): `items += [4]` inside a function without `global items` makes `items`
# local in Python, so the thread dies with UnboundLocalError before changing anything. weft explore:
# complete, ok with len(items)=4 (it extends the global list); CPython: fault (UnboundLocalError), items
# unchanged. (checks/probes/methods k18.) Same for `print(items); items = []` in a function (weft: ok with a
# new local list; CPython: UnboundLocalError at the print). `count += 1` without global is refused rightly.
import threading

items = [3, 1, 2]
r = -1


def worker():
    items += [4]


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(items)
