# Check: `self.count += 1` on a class attribute makes an instance attribute; the class attribute stays 0. Bug: none (classic gotcha, deterministic).
import threading


class Meter:
    count = 0

    def tick(self):
        self.count += 1


m = Meter()
inst = 0
cls = 0


def worker():
    global inst, cls
    m.tick()
    m.tick()
    inst = m.count
    cls = Meter.count


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"inst={inst} cls={cls}")
