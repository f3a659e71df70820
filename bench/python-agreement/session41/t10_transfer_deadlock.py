# bug: lock-ordering deadlock between two transfers, broken by acquire(timeout=) so the program ends
import threading
import time


class Tank:
    def __init__(self, name, litres):
        self.name = name
        self.litres = litres
        self.lock = threading.Lock()


failed = []


def pump(src, dst, amount):
    with src.lock:
        time.sleep(0.002)
        if not dst.lock.acquire(timeout=0.05):
            failed.append(f"{src.name}->{dst.name}")
            return
        try:
            src.litres -= amount
            dst.litres += amount
        finally:
            dst.lock.release()


north = Tank("north", 100)
south = Tank("south", 50)
a = threading.Thread(target=pump, args=(north, south, 30))
b = threading.Thread(target=pump, args=(south, north, 10))
a.start()
b.start()
a.join()
b.join()
print(f"north={north.litres} south={south.litres} failed={sorted(failed)}")
