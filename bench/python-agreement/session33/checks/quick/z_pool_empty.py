import queue
import threading

slots = threading.Semaphore(1)
idle = queue.Queue()
idle.put("conn-1")
inside = 0
peak = 0
log = []


def borrow(name):
    global inside, peak
    with slots:
        inside += 1
        peak = max(peak, inside)
        try:
            conn = idle.get_nowait()
        except queue.Empty:
            conn = "new-" + name
        log.append(conn)
        idle.put(conn)
        inside -= 1


threads = [threading.Thread(target=borrow, args=(n,)) for n in ("a", "b", "c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak", peak, "inside", inside, sorted(log))
