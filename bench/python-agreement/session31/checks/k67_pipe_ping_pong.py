# a duplex Pipe: the parent sends three numbers, the child answers each doubled, then a None ends it
from multiprocessing import Pipe, Process


def child(conn):
    while True:
        n = conn.recv()
        if n is None:
            break
        conn.send(n * 2)


if __name__ == "__main__":
    parent, kid = Pipe()
    p = Process(target=child, args=(kid,))
    p.start()
    answers = []
    for n in (3, 5, 7):
        parent.send(n)
        answers.append(parent.recv())
    parent.send(None)
    p.join()
    print(answers)
