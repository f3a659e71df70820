# SILENT ERROR (realistic). CPython (every run): ['ann,1,0', 'bob,0,1', 'cy,1,1']. weft (start binary):
# ['ann,True,False', 'bob,False,True', 'cy,True,True'] under "complete": a CSV export whose 0/1 columns
# are written with `1 if ... else 0` (same cause as r07). Also checks/h02b (a bank's withdraw results).
import queue
import threading

log = []
rows = queue.Queue()
lock = threading.Lock()


def exporter():
    while True:
        row = rows.get()
        if row is None:
            break
        name, logins, overdue = row
        line = f"{name},{1 if logins > 0 else 0},{1 if overdue > 30 else 0}"
        with lock:
            log.append(line)


t = threading.Thread(target=exporter)
t.start()
for row in [("ann", 3, 0), ("bob", 0, 45), ("cy", 7, 90)]:
    rows.put(row)
rows.put(None)
t.join()
print(log)
