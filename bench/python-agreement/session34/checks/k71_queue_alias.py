# A list put on a queue is the same object: the producer's later append is seen by the consumer.
import queue
import threading

q = queue.Queue()
seen = []
ready = threading.Event()


def producer():
    batch = [1]
    q.put(batch)
    batch.append(2)
    ready.set()


def consumer():
    ready.wait()
    got = q.get()
    seen.append(len(got))
    seen.append(sum(got))


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
