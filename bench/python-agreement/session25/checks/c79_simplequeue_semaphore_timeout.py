# check: SimpleQueue FIFO, and Semaphore.acquire(timeout) giving False
import queue
import threading

sq = queue.SimpleQueue()
sem = threading.Semaphore(0)
trail = []


def worker():
    for word in ("one", "two"):
        sq.put(word)
    trail.append(sem.acquire(timeout=0.02))


t = threading.Thread(target=worker)
t.start()
t.join()
first_word = sq.get()
second_word = sq.get()
got_sem = trail[0]
print(first_word, second_word, got_sem)
