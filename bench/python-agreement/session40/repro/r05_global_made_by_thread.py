# SILENT ERROR (weft ok where CPython fails). Construct: a module global that only a thread creates
# (`global result` then `result = 42` in the thread; no `result = ...` at module level), read by the main
# thread before join. CPython raises NameError when the read comes first; weft gives 42 in every schedule.
#   CPython 3.11.7: NameError: name 'result' is not defined (status fault), every run (the thread sleeps 10 ms first)
#   weft explore:   2 ok result=42 seen=42   -- "complete within a 20ms time window"
# (With `result = 0` at module level weft gives seen=0 and seen=42, as it should.)
# Command: weft explore bench/python-agreement/session40/repro/r05_global_made_by_thread.py
import threading
import time


def worker():
    global result
    time.sleep(0.01)
    result = 42


t = threading.Thread(target=worker)
t.start()
seen = result
t.join()
print(f"seen={seen}")
