"""A child puts 100 small integers; the parent joins before getting: well under the pipe's 64 KiB, no deadlock (imports)."""
import multiprocessing


def produce(q):
    for n in range(100):
        q.put(n * 3)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    total = 0
    for _ in range(100):
        total += q.get()
    print(total)
