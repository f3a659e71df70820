# BUG: the ends of Pipe(duplex=False) swapped: the child sends on the read-only end (OSError in the
# child), and the parent waits in recv() on the write-only end
import multiprocessing


def child(conn):
    conn.send(41)
    conn.close()


if __name__ == "__main__":
    sender, receiver = multiprocessing.Pipe(duplex=False)
    p = multiprocessing.Process(target=child, args=(sender,))
    p.start()
    value = receiver.recv() + 1
    p.join()
    print(value)
