# check: a for loop whose target is declared global, read afterwards by another function
import threading

i = 0
total = 0
seen = -1


def tally():
    global i, total
    for i in range(4):
        total += i


def report():
    global seen
    seen = i * 10


t = threading.Thread(target=tally)
t.start()
t.join()
r = threading.Thread(target=report)
r.start()
r.join()
print(i, total, seen)
