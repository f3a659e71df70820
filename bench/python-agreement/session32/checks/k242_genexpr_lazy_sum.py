# sum() over a generator expression whose items read a counter another thread bumps: lazy reads.
import threading

counter = 0
total = 0


def bump():
    global counter
    for _ in range(3):
        counter += 1


def add():
    global total
    total = sum(counter for _ in range(3))


ts = [threading.Thread(target=add), threading.Thread(target=bump)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
