"""Parent and child exchange messages over a Pipe; a Lock-protected Value counts the round trips."""
from multiprocessing import Lock, Pipe, Process, Value

ROUNDS = 3
replies = []
round_trips = 0


def echo_server(conn, counter, lock):
    while True:
        msg = conn.recv()
        if msg == "bye":
            break
        with lock:
            counter.value += 1
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    counter = Value("i", 0)
    lock = Lock()
    server = Process(target=echo_server, args=(child_end, counter, lock))
    server.start()
    for word in ["ping", "hello", "weft"][:ROUNDS]:
        parent_end.send(word)
        replies.append(parent_end.recv())
    parent_end.send("bye")
    server.join()
    round_trips = counter.value
    assert replies == ["PING", "HELLO", "WEFT"]
    assert round_trips == ROUNDS
