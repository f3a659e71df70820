# Two processes put into one multiprocessing.Queue; the parent gets all four items.
import multiprocessing

log = []


def producer(name, q):
    for i in range(2):
        q.put(f"{name}{i}")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=producer, args=(n, q)) for n in ["a", "b"]]
    for p in procs:
        p.start()
    for _ in range(4):
        log.append(q.get())
    for p in procs:
        p.join()
    print(log)
