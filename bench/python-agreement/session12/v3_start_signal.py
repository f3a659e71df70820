import threading
go = threading.Event()
order = []
lock = threading.Lock()
def runner(i):
    go.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print(len(order))
