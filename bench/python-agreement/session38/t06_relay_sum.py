# A handoff through a Condition (modelled on SCTBench arithmetic_prog, the correct variant): one thread
# hands over the numbers 1..N one at a time, the other adds them; the total is always N(N+1)/2.
import threading

N = 4
slot = None
total = 0
cond = threading.Condition()


def sender():
    global slot
    for number in range(1, N + 1):
        with cond:
            while slot is not None:
                cond.wait()
            slot = number
            cond.notify()


def adder():
    global slot, total
    for _ in range(N):
        with cond:
            while slot is None:
                cond.wait()
            total += slot
            slot = None
            cond.notify()


threads = [threading.Thread(target=sender), threading.Thread(target=adder)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert total == N * (N + 1) // 2, total
print(f"total={total} slot={slot}")
