"""A Pipe ping-pong between a parent and a child: three rounds, each reply is the message doubled."""
import multiprocessing as mp


def child(conn):
    for _ in range(3):
        value = conn.recv()
        conn.send(value * 2)
    conn.close()


if __name__ == "__main__":
    parent, other = mp.Pipe()
    p = mp.Process(target=child, args=(other,))
    p.start()
    replies = []
    value = 1
    for _ in range(3):
        parent.send(value)
        value = parent.recv()
        replies.append(value)
    p.join()
    print(replies)
