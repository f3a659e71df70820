"""poll() before the child has surely sent (True or False), then poll(0) after its join (True), then recv."""
from multiprocessing import Pipe, Process

seen_before = -1
value = 0


def child(conn):
    conn.send(7)


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    seen_before = a.poll()
    p.join()
    ready = a.poll(0)
    if ready:
        value = a.recv()
    assert value == 7
