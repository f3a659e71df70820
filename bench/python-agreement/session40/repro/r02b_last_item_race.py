# SILENT ERROR (race form of r02). One thread appends to a list while another walks it and keeps the last
# item seen. When the walker runs first the list is empty and CPython raises UnboundLocalError in it.
#   CPython 3.11.7: UnboundLocalError in the walker (fault, last=-1) in 8 runs of 8 here (the walker starts first); last=5 is possible too
#   weft explore:   1 ok last=5 ... ; 1 ok last=0 ...   -- "complete": the fault is missing, last=0 is not a Python outcome
# Commands: weft explore bench/python-agreement/session40/repro/r02b_last_item_race.py
import threading

last = -1
pending = []


def fill():
    pending.append(5)


def walker():
    global last
    for job in pending:
        pass
    last = job


a = threading.Thread(target=fill)
b = threading.Thread(target=walker)
b.start()
a.start()
a.join()
b.join()
print(f"last={last}")
