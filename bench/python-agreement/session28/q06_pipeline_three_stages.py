import queue
import threading

raw: queue.Queue = queue.Queue()
parsed: queue.Queue = queue.Queue()
output: list[int] = []
LINES = ["3", "14", "15", "x", "92"]


def reader() -> None:
    for line in LINES:
        raw.put(line)
    raw.put(None)


def parser() -> None:
    while (line := raw.get()) is not None:
        try:
            parsed.put(int(line))
        except ValueError:
            print(f"skipping bad line {line!r}")
    parsed.put(None)


def writer() -> None:
    while True:
        value = parsed.get()
        if value is None:
            break
        output.append(value * 2)


stages = [threading.Thread(target=f, name=f.__name__) for f in (reader, parser, writer)]
for s in stages:
    s.start()
for s in stages:
    s.join()

print(f"output={output}")
assert output == [6, 28, 30, 184]
