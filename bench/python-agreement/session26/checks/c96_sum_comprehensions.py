import threading

readings: list[int] = []
out: dict[str, int] = {}
lock = threading.Lock()


def sensor(values: list[int]) -> None:
    for v in values:
        with lock:
            readings.append(v)


def summarise() -> None:
    with lock:
        out["high"] = sum(v > 2 for v in readings)
        out["high_list"] = sum([v > 2 for v in readings])
        out["count_if"] = sum(1 for v in readings if v > 2)
        out["cond"] = sum(v if v > 2 else 0 for v in readings)
        out["neg"] = sum(-v for v in readings)
        out["mixed"] = sum(v - 1 for v in readings) + 1
        out["maxabs"] = max(v if v > 0 else -v for v in readings)
        out["minsq"] = min(v * v - 4 for v in readings)
        out["len_if"] = len([v for v in readings if v % 2 == 0])
        out["not_count"] = sum(not v for v in readings)


t = threading.Thread(target=sensor, args=([1, 3, -5, 4, 0],))
t.start()
t.join()
s = threading.Thread(target=summarise)
s.start()
s.join()
count = len(out)
