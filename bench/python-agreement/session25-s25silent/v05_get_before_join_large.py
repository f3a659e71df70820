"""The fix the docs give: get every item, then join; 100 items of 1,000 characters pass through the pipe without a deadlock (imports)."""
import multiprocessing

CHUNK = "x" * 1000


def produce(q):
    for _ in range(100):
        q.put(CHUNK)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    received = 0
    for _ in range(100):
        q.get()
        received += 1
    p.join()
    print(received)
