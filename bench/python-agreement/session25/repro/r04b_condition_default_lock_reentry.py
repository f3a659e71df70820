# SILENT ERROR (weft-start): threading.Condition()'s own lock is an RLock in CPython, so its owner may
# take it again: CPython prints [1]. weft gives the condition a plain lock and lists only `deadlock`,
# "complete". (r04 is the same cause met through a nested wait; Condition(threading.RLock()) is fine.)
import threading

cond = threading.Condition()
done = []
with cond:
    with cond:
        done.append(1)
print(done)
