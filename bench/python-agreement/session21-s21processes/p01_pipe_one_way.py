"""A producer process sends squares down a one-way Pipe, then None; the parent sums what it receives."""
import multiprocessing as mp

total = 0


def producer(conn, count):
    for i in range(count):
        conn.send(i * i)
    conn.send(None)
    conn.close()


if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)
    worker = mp.Process(target=producer, args=(writer, 4))
    worker.start()
    while True:
        item = reader.recv()
        if item is None:
            break
        total += item
    worker.join()
    assert total == 14
