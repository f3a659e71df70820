"""Ping-pong with two events: each side waits for its turn, then hands it over."""
import threading

ping_turn = threading.Event()
pong_turn = threading.Event()
hits = 0
ROUNDS = 3


def ping():
    global hits
    for _ in range(ROUNDS):
        ping_turn.wait()
        ping_turn.clear()
        hits += 1
        pong_turn.set()


def pong():
    global hits
    for _ in range(ROUNDS):
        pong_turn.wait()
        pong_turn.clear()
        hits += 1
        ping_turn.set()


a = threading.Thread(target=ping)
b = threading.Thread(target=pong)
a.start()
b.start()
ping_turn.set()
a.join()
b.join()
assert hits == 2 * ROUNDS
print(hits)
