# a queue hands over the object itself: a change the producer makes after put() is seen by the consumer
import queue
import threading

q = queue.Queue()
seen_size = 0
go = threading.Event()


def consumer():
    global seen_size
    batch = q.get()
    go.wait()
    seen_size = len(batch)


t = threading.Thread(target=consumer)
t.start()
batch = [1, 2]
q.put(batch)
batch.append(3)
go.set()
t.join()
print(seen_size)
