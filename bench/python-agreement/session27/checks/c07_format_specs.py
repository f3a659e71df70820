"""f-string format specs on values computed in threads, kept in globals."""
import threading

lines: list[str] = []
lock = threading.Lock()


def report(name: str, count: int, ratio: float) -> None:
    with lock:
        lines.append(f"{name:<6}|{count:>5d}|{count:05d}|{count:,}|{ratio:.2f}|{ratio:6.1%}|{count:x}|{count:+d}|{name!r}|{name:^8}|")


threads = [
    threading.Thread(target=report, args=("alpha", 1234567, 0.125)),
    threading.Thread(target=report, args=("b", -42, 2.0 / 3)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines.sort()
first = lines[0]
second = lines[1]
print(first)
print(second)
