from multiprocessing import Array, Event, Pipe, Process


def prepare(table, ready, conn) -> None:
    for i in range(len(table)):
        table[i] = i * i
    ready.set()
    request = conn.recv()
    conn.send(sum(table[:request]))
    conn.close()


table_sum = 0
partial = 0

if __name__ == "__main__":
    table = Array("i", 5)
    ready = Event()
    parent_end, child_end = Pipe()
    child = Process(target=prepare, args=(table, ready, child_end))
    child.start()
    ready.wait(timeout=2)
    table_sum = sum(table[:])
    parent_end.send(3)
    partial = parent_end.recv()
    child.join()
    print(f"table={table[:]} table_sum={table_sum} partial={partial}")
    assert table_sum == 30 and partial == 5
