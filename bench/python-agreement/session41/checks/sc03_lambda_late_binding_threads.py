# check: thread targets built with lambda i=i bind each value at creation
import threading

got = []
lock = threading.Lock()


def work(i):
    with lock:
        got.append(i)


threads = [threading.Thread(target=lambda i=i: work(i * 10)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(got))
