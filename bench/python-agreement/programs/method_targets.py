"""Methods of primitives and a one-call lambda as targets: a Timer calls `go.set` after 10 ms, one
thread runs `go.wait`, one `q.put` with `args=(7,)`, and one `lambda: results.append(q.get())`. Every
thread ends, so `go` is set and `results` is [7] in every run."""
import queue
import threading

go = threading.Event()
q = queue.Queue()
results = []
flag = 0

waiter = threading.Thread(target=go.wait)
timer = threading.Timer(0.01, go.set)
putter = threading.Thread(target=q.put, args=(7,))
taker = threading.Thread(target=lambda: results.append(q.get()))
waiter.start()
timer.start()
putter.start()
taker.start()
waiter.join()
timer.join()
putter.join()
taker.join()
if go.is_set():
    flag = 1
print(flag, results)
assert flag == 1 and results == [7]
