# BUG: the consumers update `seen` without the lock: a read-modify-write race loses increments.
import queue
import threading

seen = 0


def consume(q):
    global seen
    while True:
        item = q.get()
        if item is None:
            break
        index, word = item
        count = seen
        seen = count + len(word)


def main():
    q = queue.Queue()
    threads = [threading.Thread(target=consume, args=(q,)) for _ in range(2)]
    for t in threads:
        t.start()
    for item in zip([1, 2, 3], ["a", "bb", "ccc"]):
        q.put(item)
    for _ in threads:
        q.put(None)
    for t in threads:
        t.join()


main()
print(seen)
