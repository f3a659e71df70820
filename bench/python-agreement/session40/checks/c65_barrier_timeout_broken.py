# Check: a Barrier(3) with only two parties and a timeout: wait raises BrokenBarrierError in both. Bug: a party never arrives.
import threading

barrier = threading.Barrier(3, timeout=0.05)
broken = 0
lock = threading.Lock()


def party():
    global broken
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
is_broken = int(barrier.broken)
print(f"broken={broken} is_broken={is_broken}")
