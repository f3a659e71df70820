import queue
import threading

raw: queue.Queue = queue.Queue()
parsed: queue.Queue = queue.Queue(maxsize=2)
totals: dict[str, int] = {}
STOP = object()


def parse_stage() -> None:
    while (line := raw.get()) is not STOP:
        key, _, value = line.partition("=")
        parsed.put((key.strip(), int(value)))
    parsed.put(STOP)


def sum_stage() -> None:
    while True:
        item = parsed.get()
        if item is STOP:
            break
        key, value = item
        totals[key] = totals.get(key, 0) + value


stages = [threading.Thread(target=parse_stage), threading.Thread(target=sum_stage)]
for s in stages:
    s.start()
for line in ["a = 1", "b = 2", "a = 3", "c = 4", "b = 5"]:
    raw.put(line)
raw.put(STOP)
for s in stages:
    s.join()
a_total = totals["a"]
b_total = totals["b"]
c_total = totals["c"]
print(f"a={a_total} b={b_total} c={c_total}")
assert a_total == 4 and b_total == 7 and c_total == 4
