import queue
import threading

q = queue.Queue()
first = 0
size = 0


def producer():
    for n in (3, 4, 5):
        q.put(n)


def main():
    global first, size
    t = threading.Thread(target=producer)
    t.start()
    collected = [q.get() for _ in range(3)]
    first = collected[0]
    size = len(collected)
    t.join()


main()
