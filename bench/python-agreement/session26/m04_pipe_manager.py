from multiprocessing import Manager, Pipe, Process


def worker(conn, shared, name: str) -> None:
    while True:
        msg = conn.recv()
        if msg is None:
            break
        shared[name] = shared.get(name, 0) + msg
    conn.send(f"{name} done")
    conn.close()


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        parent_end, child_end = Pipe()
        p = Process(target=worker, args=(child_end, shared, "sum"))
        p.start()
        for n in (5, 10, 15):
            parent_end.send(n)
        parent_end.send(None)
        reply = parent_end.recv()
        p.join()
        total = shared["sum"]
    print(f"reply={reply!r} total={total}")
    assert total == 30 and reply == "sum done"
