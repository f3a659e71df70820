# Rail signals: a dispatcher sends signal changes to two signal-box threads but only one stop sentinel. Bug: the second box never gets a sentinel and blocks forever (daemon + join timeout let the program end).
import queue
import threading

changes = queue.Queue()
applied = {"box-a": [], "box-b": []}
STOP = "stop"


def box(name):
    while True:
        change = changes.get()
        if change == STOP:
            break
        applied[name].append(change)


boxes = [threading.Thread(target=box, args=(n,), daemon=True) for n in ("box-a", "box-b")]
for b in boxes:
    b.start()
for change in [1, 2, 3, 4]:
    changes.put(change)
changes.put(STOP)
for b in boxes:
    b.join(timeout=0.2)

still_running = sum(b.is_alive() for b in boxes)
total_applied = sum(len(v) for v in applied.values())
print(f"still_running={still_running} total_applied={total_applied}")
