"""Producers send numbers as text (`str(n)`); the consumer reads them back with `int` and adds them up
without a lock beside a second adder: the total may lose an update, the lengths never do."""
import queue
import threading

texts = queue.Queue()
total = 0
lengths = []


def producer(start):
    for n in (start, start * 11):
        texts.put(str(n))


def adder():
    global total
    for _ in range(2):
        text = texts.get()
        value = int(text)
        lengths.append(len(text))
        current = total
        total = current + value


producers = [threading.Thread(target=producer, args=(k,)) for k in (3, 7)]
adders = [threading.Thread(target=adder) for _ in range(2)]
for t in producers + adders:
    t.start()
for t in producers + adders:
    t.join()
print(total, lengths)
