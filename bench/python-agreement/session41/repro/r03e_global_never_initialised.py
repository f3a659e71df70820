# SILENT ERROR (r03's construct). A counter declared `global hits` and incremented under a lock by two threads,
# but never initialised at module level (a common slip). CPython: each thread raises NameError: name 'hits' is
# not defined (status fault, 10/10; the main code still prints done). weft gives: "complete", 1 outcome
# `ok hits=2`: the global starts at 0.
# Command: /work/notes/s41/weft-start explore r03e_global_never_initialised.py  (checks/nm23)
import threading

lock = threading.Lock()


def hit():
    global hits
    with lock:
        hits += 1


threads = [threading.Thread(target=hit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
