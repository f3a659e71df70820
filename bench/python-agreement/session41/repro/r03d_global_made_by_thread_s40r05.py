# SILENT ERROR, still present: session 40's repro/r05 form. A global only the thread creates (after a 10 ms sleep)
# is read by main right after start(). CPython: NameError (fault, 10/10). weft: "complete within a 20ms time
# window", 1 outcome `ok result=42 seen_list=[42]`.
# Command: /work/notes/s41/weft-start explore r03d_global_made_by_thread_s40r05.py  (checks/nm17)
import threading
import time

seen_list = []


def worker():
    global result
    time.sleep(0.01)
    result = 42


t = threading.Thread(target=worker)
t.start()
seen_list.append(result)
t.join()
print(seen_list)
