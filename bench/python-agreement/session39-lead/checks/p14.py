import threading
b = threading.Barrier(3)
order = []
lock = threading.Lock()
def runner(name):
    with lock:
        order.append(f"{name}-ready")
    idx = b.wait()
    with lock:
        order.append(f"{name}-go")
ts = [threading.Thread(target=runner, args=(n,)) for n in "xyz"]
for t in ts: t.start()
for t in ts: t.join()
print(order[:3], sorted(order[3:]), b.broken, b.n_waiting)
