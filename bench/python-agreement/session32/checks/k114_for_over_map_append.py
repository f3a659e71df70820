# for _ in map(out.append, ...): pass (map consumed by a loop).
import threading

out = []


def fill():
    for _ in map(out.append, (1, 2)):
        pass


t = threading.Thread(target=fill)
t.start()
t.join()
print(out)
