# float(text) as a bare statement validating readings from a queue (the `try: float(t) except
# ValueError` idiom), and as a value summed by two threads: CPython rejects "n/a", "1,5" and "" and
# accepts " 2.5 ", "1e3", "-0.25", "1_000.5"; the sum races (a read, then a write of `total`).
import queue
import threading

readings = queue.Queue()
rejected = 0
total = 0.0


def validate(count):
    global rejected
    for _ in range(count):
        text = readings.get()
        try:
            float(text)
        except ValueError:
            rejected += 1


def add(texts):
    global total
    for text in texts:
        total += float(text)


for text in [" 2.5 ", "n/a", "1e3", "1,5", "-0.25", ""]:
    readings.put(text)
checker = threading.Thread(target=validate, args=(6,))
adders = [threading.Thread(target=add, args=(["1_000.5", "0.5"],)), threading.Thread(target=add, args=(["2.25"],))]
checker.start()
for t in adders:
    t.start()
checker.join()
for t in adders:
    t.join()
print(rejected, total)
