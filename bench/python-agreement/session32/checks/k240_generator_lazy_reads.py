# A generator reads a module counter at each yield; the loop body changes it between items (lazy).
import threading

counter = 0
seen = []


def readings(n):
    for _ in range(n):
        yield counter


def work():
    global counter
    for r in readings(3):
        counter += 10
        seen.append(r)


t = threading.Thread(target=work)
t.start()
t.join()
print(seen)
