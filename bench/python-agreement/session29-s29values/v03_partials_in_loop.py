# A name bound to a new functools.partial on each pass of a module loop; each thread takes the
# partial the name held when the thread was made. The join of a generator inside an f-string.
import functools
import threading

log = []
lock = threading.Lock()


def stage(tag, scale, data):
    with lock:
        data[:] = [x * scale for x in data]
        log.append(f"{tag}:{'-'.join(str(x) for x in data)}")


values = [1, 2]
threads = []
for tag, scale in [("a", 2), ("b", 3)]:
    job = functools.partial(stage, tag, scale)
    threads.append(threading.Thread(target=job, args=(values,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log, values)
