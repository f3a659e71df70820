# bug: none
import threading
import time

cond = threading.Condition()
oven = {"temp": 20, "target": 180}
baked = []


def heater():
    while True:
        with cond:
            if oven["temp"] >= oven["target"]:
                cond.notify_all()
                return
            oven["temp"] += 40
            cond.notify_all()
        time.sleep(0.001)


def baker(item, needed):
    with cond:
        ok = cond.wait_for(lambda: oven["temp"] >= needed, timeout=1.0)
        baked.append((item, ok, oven["temp"] >= needed))


bakers = [threading.Thread(target=baker, args=(name, t)) for name, t in [("bread", 180), ("cookies", 100), ("pizza", 250)]]
for b in bakers:
    b.start()
h = threading.Thread(target=heater)
h.start()
h.join()
for b in bakers:
    b.join()

print(f"temp={oven['temp']} baked={sorted(baked)}")
