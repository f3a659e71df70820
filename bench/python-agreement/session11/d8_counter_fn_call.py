"""A call inside the read-modify-write lets the GIL switch between read and write (3.10+)."""
import threading

counter = 0


def get():
    return counter


def work():
    global counter
    for _ in range(3):
        counter = get() + 1


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
