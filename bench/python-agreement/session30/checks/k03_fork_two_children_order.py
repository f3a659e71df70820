from multiprocessing import Process, Queue

first = -1


def child(n, q):
    q.put(n)


if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=child, args=(n, q)) for n in (1, 2)]
    for p in procs:
        p.start()
    first = q.get()
    second = q.get()
    for p in procs:
        p.join()
    print(first, second)
