"""Two echo servers, each closing its end right before a `return` inside its loop (session23/m04's form),
one on `"stop"`, one after three messages counted in the loop."""
from multiprocessing import Pipe, Process


def upper_server(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("stopped")
            conn.close()
            return
        conn.send(msg.upper())


def counting_server(conn, limit):
    seen = 0
    while True:
        msg = conn.recv()
        seen += 1
        conn.send(msg * 2)
        if seen == limit:
            conn.close()
            return


if __name__ == "__main__":
    first, first_child = Pipe()
    second, second_child = Pipe()
    servers = [
        Process(target=upper_server, args=(first_child,)),
        Process(target=counting_server, args=(second_child, 3)),
    ]
    for s in servers:
        s.start()
    replies = []
    for word in ["a", "b"]:
        first.send(word)
        second.send(len(word) + 1)
        replies.append(first.recv())
        replies.append(second.recv())
    first.send("stop")
    second.send(10)
    replies.append(first.recv())
    replies.append(second.recv())
    for s in servers:
        s.join()
    print(replies)
