# Bakery oven: bakers check for a free rack, then take it. Bug: check-then-act, two bakers may take the last rack (racks go negative).
import threading
import time

free_racks = 2
baked = []
turned_away = []
log_lock = threading.Lock()


def bake(baker, loaf):
    global free_racks
    if free_racks > 0:
        time.sleep(0.001)  # preheat
        free_racks -= 1
        with log_lock:
            baked.append(loaf)
    else:
        with log_lock:
            turned_away.append(loaf)


orders = {"ana": 11, "ben": 22, "cal": 33}
threads = []
for baker, loaf in orders.items():
    t = threading.Thread(target=bake, args=(baker, loaf))
    threads.append(t)
    t.start()
for t in threads:
    t.join()

baked.sort()
turned_away.sort()
overbooked = free_racks < 0
print(f"free_racks={free_racks} baked={baked} turned_away={turned_away} overbooked={overbooked}")
