"""A child puts 5 items into multiprocessing.Queue(maxsize=2); the parent joins before getting: deadlock."""
import multiprocessing


def produce(q):
    for n in range(5):
        q.put(n)


if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=2)
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    total = 0
    for _ in range(5):
        total += q.get()
    print(total)
