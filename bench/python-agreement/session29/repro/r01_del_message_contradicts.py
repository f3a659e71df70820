# weft refuses `del` on a shared dict's item with the words "`del` is supported on items of shared dicts"
# (line 16). CPython 3.11.7 prints 3.
import threading

sessions = {"a": 1, "b": 2, "c": 3}
total = 0


def audit():
    global total
    for name, n in sessions.items():
        total += n


def expire():
    del sessions["c"]


t = threading.Thread(target=expire)
t.start()
t.join()
audit()
print(total)
