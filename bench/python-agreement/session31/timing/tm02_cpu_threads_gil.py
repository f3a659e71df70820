# Two threads of pure CPU work (about 30 ms each): under the GIL they take turns, about 60 ms in all
import threading

totals = [0, 0]


def crunch(slot):
    total = 0
    for i in range(220000):  # weft: cpu 30ms
        total += i % 7
    totals[slot] = total


threads = [threading.Thread(target=crunch, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals:", totals)
