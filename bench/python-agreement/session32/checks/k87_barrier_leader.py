# Barrier.wait()'s return value picks one leader among three threads.
import threading

barrier = threading.Barrier(3)
leaders = 0
lock = threading.Lock()


def party():
    global leaders
    if barrier.wait() == 0:
        with lock:
            leaders += 1


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(leaders)
