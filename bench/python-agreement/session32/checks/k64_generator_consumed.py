# A generator function whose body writes state as it is consumed.
import threading

produced = 0


def numbers(n):
    global produced
    for i in range(n):
        produced += 1
        yield i


total = 0


def worker():
    global total
    for x in numbers(3):
        total += x


t = threading.Thread(target=worker)
t.start()
t.join()
print(produced, total)
