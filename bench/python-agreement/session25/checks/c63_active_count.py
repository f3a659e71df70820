# check: threading.active_count() counts the main thread and every started, unfinished thread
import threading

counts = []
go = threading.Event()


def idle():
    go.wait()


threads = [threading.Thread(target=idle) for _ in range(3)]
counts.append(threading.active_count())
for t in threads:
    t.start()
counts.append(threading.active_count())
go.set()
for t in threads:
    t.join()
counts.append(threading.active_count())
before = counts[0]
during = counts[1]
after = counts[2]
print(counts)
