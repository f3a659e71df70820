"""Pipe(duplex=False) returns (receiving end, sending end); a child sends on the second."""
import multiprocessing


def child(conn):
    conn.send(41)
    conn.close()


if __name__ == "__main__":
    receiver, sender = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=child, args=(sender,))
    p.start()
    value = receiver.recv() + 1
    p.join()
    print(value)
