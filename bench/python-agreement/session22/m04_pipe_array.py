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
    arr = Array("d", 4)
    parent_conn, child_conn = Pipe()
    worker = Process(target=squarer, args=(child_conn, arr))
    worker.start()
    acks = []
    for i, v in enumerate([1.5, 2.0, 3.0, 0.5]):
        parent_conn.send((i, v))
        acks.append(parent_conn.recv())
    parent_conn.send(None)
    worker.join()
    print(acks)
    print(list(arr))
