from multiprocessing import Process, Queue

def producer(q):
    for n in range(3):
        q.put(n * n)
    q.put(None)

if __name__ == "__main__":
    q = Queue()
    p = Process(target=producer, args=(q,))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
