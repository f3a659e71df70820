import queue
import threading

q = queue.Queue()


def producer():
    for word in ("a", "b", "c"):
        q.put(word)


def main():
    t = threading.Thread(target=producer)
    t.start()
    words = [q.get() for _ in range(3)]
    print("words", words)
    t.join()


main()
