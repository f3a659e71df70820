"""A Pipe end closed before a `break` inside a loop: the code after the loop could use it (refused)."""
from multiprocessing import Pipe, Process


def server(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.close()
            break
        conn.send(msg)
    print("done")


if __name__ == "__main__":
    here, there = Pipe()
    p = Process(target=server, args=(there,))
    p.start()
    here.send("x")
    print(here.recv())
    here.send("stop")
    p.join()
