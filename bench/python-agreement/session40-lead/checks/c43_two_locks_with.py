# Two locks taken in one with statement, the same order everywhere. No bug.
import threading

a = threading.Lock()
b = threading.Lock()
moves = []


def mover(tag):
    for _ in range(2):
        with a, b:
            moves.append(tag)


threads = [threading.Thread(target=mover, args=(t,)) for t in "xy"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(moves), moves.count("x"))
