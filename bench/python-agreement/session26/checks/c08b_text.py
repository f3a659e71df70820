import threading

labels: dict[int, str] = {}
lock = threading.Lock()


def label(n: int, name: str) -> None:
    text = f"{name.title():<6}|{n:>4}|{n:04d}|{n:x}|{name!r}"
    with lock:
        labels[n] = text


threads = [threading.Thread(target=label, args=(n, w)) for n, w in [(7, "alpha beta"), (42, "x"), (-3, "ZED")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = labels[7]
second = labels[42]
third = labels[-3]
print(first, second, third, sep="\n")
