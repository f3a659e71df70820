from multiprocessing import Array, Pipe, Process


def squarer(conn, arr):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        index, value = msg
        arr[index] = value * value
        conn.send(("ok", index))
    conn.close()


if __name__ == "__main__":
    arr = Array("i", 4)
    parent_conn, child_conn = Pipe()
    worker = Process(target=squarer, args=(child_conn, arr))
    worker.start()
    acks = []
    for i, v in enumerate([3, 4, 6, 1]):
        parent_conn.send((i, v))
        acks.append(parent_conn.recv())
    parent_conn.send(None)
    worker.join()
    values = [arr[i] for i in range(len(arr))]
    doubled = [arr[i] * 2 for i in range(1, 3)]
    print(acks)
    print(values, doubled)
