# Expected: a fast producer uses put_nowait on a size-3 queue while the consumer is asleep; items that do not fit raise queue.Full and are dropped (accepted + dropped == 6).
import queue
import threading
import time

q = queue.Queue(maxsize=3)
accepted = 0
dropped = 0
drained = 0


def consumer():
    global drained
    time.sleep(0.02)
    while not q.empty():
        q.get_nowait()
        drained += 1


c = threading.Thread(target=consumer)
c.start()
for event_id in range(6):
    try:
        q.put_nowait(event_id)
        accepted += 1
    except queue.Full:
        dropped += 1
c.join()
print(f"accepted={accepted} dropped={dropped} drained={drained}")
