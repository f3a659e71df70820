# BUG: check-then-act on a lazily made dict: both threads may see None and make their own, so the owner is either
"""A module global that starts as None, bound in a thread to a dict display (`registry = {...}`),
then read by key; the reader catches CPython's TypeError of `None[...]`. (An item assignment to such a
global, `registry[name] = 1`, is refused: the import does not know it holds a dict.)"""
import threading
import time

registry = None
seen = []


def register(name):
    global registry
    if registry is None:
        time.sleep(0.001)
        registry = {"owner": name, "size": len(name)}


def reader():
    try:
        seen.append(registry["owner"])
    except TypeError:
        seen.append("not yet")


threads = [threading.Thread(target=register, args=(n,)) for n in ("ab", "xyz")]
threads.append(threading.Thread(target=reader))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("registry:", registry, "seen:", seen)
