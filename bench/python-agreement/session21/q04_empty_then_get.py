# BUG: check-then-act: q.empty() then q.get(): two consumers see one item left and one blocks forever (hang)
import queue
import threading

work = queue.Queue()
for n in range(5):
    work.put(n)

done = []
lock = threading.Lock()


def consumer(name):
    while not work.empty():
        item = work.get()
        with lock:
            done.append((name, item))


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("processed", sorted(item for _, item in done))
