"""Floor division and modulo of negative numbers in threads (Python rounds toward minus infinity)."""
import threading

balances = [-7, 7, -8]
halves = [0, 0, 0]
rests = [0, 0, 0]


def split(i):
    halves[i] = balances[i] // 2
    rests[i] = balances[i] % 3


threads = [threading.Thread(target=split, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
quotient, remainder = divmod(-9, 4)
print(halves, rests, quotient, remainder)
