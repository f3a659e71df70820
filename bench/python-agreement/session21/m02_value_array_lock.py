from multiprocessing import Process, Value, Array, Pipe


def worker(counter, slots, index, conn):
    for _ in range(50):
        with counter.get_lock():
            counter.value += 1
    slots[index] = index * 10
    conn.send(f"worker {index} done")
    conn.close()


if __name__ == "__main__":
    counter = Value("i", 0)
    slots = Array("i", 3)
    parent_conns = []
    procs = []
    for i in range(3):
        parent_conn, child_conn = Pipe()
        p = Process(target=worker, args=(counter, slots, i, child_conn))
        procs.append(p)
        parent_conns.append(parent_conn)
        p.start()
    messages = [c.recv() for c in parent_conns]
    for p in procs:
        p.join()
    print(messages)
    print("counter:", counter.value)
    print("slots:", list(slots))
