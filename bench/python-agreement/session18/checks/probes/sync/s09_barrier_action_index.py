import threading

log = []
lock = threading.Lock()

def on_release():
    log.append("action")

barrier = threading.Barrier(2, action=on_release)
indices = [0, 0]

def party(slot):
    i = barrier.wait()
    with lock:
        indices[slot] = i
        log.append(f"p{slot}")

ts = [threading.Thread(target=party, args=(s,)) for s in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
index_sum = indices[0] + indices[1]
first = log[0]
