"""A producer does 360,000 passes of an arithmetic statement heavier than the 50 ns a step weft's
`step_cost` charges (about 300 ns a pass in CPython 3.11.7 on this machine, 100 ms in all), then puts; the
consumer waits 50 ms with `q.get(timeout=0.05)`. CPython: outcome='timeout'. weft before s21search:
the loop's 720,000 steps took 36 ms by its clocks under `timeouts: deadline`, so the put came before the
deadline and `weft explore` said "complete" with outcome='got' only."""
import queue
import threading

SIZE = 600

q = queue.Queue()
outcome = ""


def producer():
    total = 0
    for i in range(SIZE):
        for j in range(SIZE):
            total += (i * j + i // 3 - j % 5) % 7
    q.put(total)


def consumer():
    global outcome
    try:
        q.get(timeout=0.05)
        outcome = "got"
    except queue.Empty:
        outcome = "timeout"


if __name__ == "__main__":
    c = threading.Thread(target=consumer)
    p = threading.Thread(target=producer)
    c.start()
    p.start()
    c.join()
    p.join()
