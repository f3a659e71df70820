"""Bools in a dict's items, read into a name and turned into text: CPython's log is
['a is True', 'True'] (before session 21 weft's was ['a is 1', '1'])."""
import threading

status = {"a": False, "b": False}
log = []


def work(key):
    status[key] = True


threads = [threading.Thread(target=work, args=(key,)) for key in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
value = status["a"]
log.append(f"a is {value}")
log.append(str(status["b"]))
print(log)
