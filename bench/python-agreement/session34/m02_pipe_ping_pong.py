# Ping-pong over a multiprocessing Pipe: the parent sends a number, the child replies with it plus one, three
# rounds, then a "bye" ends the child.
import multiprocessing as mp

ROUNDS = 3


def responder(conn):
    while True:
        message = conn.recv()
        if message == "bye":
            conn.close()
            return
        conn.send(message + 1)


def main():
    parent_end, child_end = mp.Pipe()
    child = mp.Process(target=responder, args=(child_end,))
    child.start()
    ball = 0
    rally = []
    for _ in range(ROUNDS):
        parent_end.send(ball)
        ball = parent_end.recv() + 1
        rally.append(ball)
    parent_end.send("bye")
    child.join()
    print("rally", rally, "final", ball, "exit", child.exitcode)


if __name__ == "__main__":
    main()
