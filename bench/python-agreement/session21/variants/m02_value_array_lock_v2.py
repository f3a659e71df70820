from multiprocessing import Process, Value, Array, Queue


def worker(counter, slots, index, conn):
    for _ in range(50):
        with counter.get_lock():
            counter.value += 1
    slots[index] = index * 10
    conn.put(f"worker {index} done")


if __name__ == "__main__":
    counter = Value("i", 0)
    slots = Array("i", 3)
    done_queue = Queue()
    procs = []
    for i in range(3):
        p = Process(target=worker, args=(counter, slots, i, done_queue))
        procs.append(p)
        p.start()
    messages = [done_queue.get(), done_queue.get(), done_queue.get()]
    for p in procs:
        p.join()
    print(messages)
    print("counter:", counter.value)
    print("slots:", list(slots))
