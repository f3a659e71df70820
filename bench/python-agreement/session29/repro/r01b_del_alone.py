# weft refuses `del sessions["c"]` (line 7): "`del` is supported on items of shared dicts"; the dict is a
# display with string keys, which weft holds as one name per key. CPython 3.11.7 prints 2.
import threading

sessions = {"a": 1, "b": 2, "c": 3}


def expire():
    del sessions["c"]


t = threading.Thread(target=expire)
t.start()
t.join()
left = len(sessions)
print(left)
