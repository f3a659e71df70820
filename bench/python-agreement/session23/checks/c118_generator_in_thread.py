# check: a generator consumed by a thread, with side effects in the generator
import threading

produced = []
consumed = []


def numbers(n):
    for i in range(n):
        produced.append(i)
        yield i * i


def consume():
    for v in numbers(4):
        if v > 4:
            break
        consumed.append(v)


t = threading.Thread(target=consume)
t.start()
t.join()
