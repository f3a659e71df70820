# a set comprehension of tuples from a shared list, then its size
import threading

moves = []


def play(name, n):
    for i in range(n):
        moves.append((name, i % 2))


ts = [threading.Thread(target=play, args=("x", 3)), threading.Thread(target=play, args=("o", 2))]
for t in ts:
    t.start()
for t in ts:
    t.join()
distinct = len({m for m in moves})
print(distinct)
