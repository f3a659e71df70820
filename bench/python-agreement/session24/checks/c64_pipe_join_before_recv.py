"""A child that sends more than a Pipe holds blocks in send(); the parent's join() before recv() then hangs."""
import multiprocessing

CHUNK = "y" * 1000


def produce(conn):
    for _ in range(100):
        conn.send(CHUNK)
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()
    p = multiprocessing.Process(target=produce, args=(child_end,))
    p.start()
    p.join()
    received = 0
    for _ in range(100):
        parent_end.recv()
        received += 1
    print(received)
