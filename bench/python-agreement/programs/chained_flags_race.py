"""Two threads each set two shared flags with one chained assignment (`a = b = 1`), a store per name,
left to right, then read them both: a reader between the two stores sees the first flag set, the
second not."""
import threading

a = b = 0
seen_a = seen_b = 0


def writer():
    global a, b
    a = b = 1


def reader():
    global seen_a, seen_b
    first = second = 0
    second = b
    first = a
    seen_a = first
    seen_b = second


ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a, b, seen_a, seen_b)
