import threading

words: list[str] = []
out: dict[str, int] = {}
labels: dict[str, str] = {}
lock = threading.Lock()


def load(items: list[str]) -> None:
    for w in items:
        with lock:
            words.append(w)


def inspect(name: str, note: str, extra) -> None:
    with lock:
        out["kept"] = len([w for w in words if w])
        out["empty"] = sum(1 for w in words if not w)
        labels["first"] = words[0] and words[1]
        labels["second"] = words[1] or "none"
        out["double_not"] = int(not not note)
        out["and_none"] = int((extra and 5) is None)
        labels["cond"] = "yes" if note else "no"
        labels["extra"] = "set" if extra else "unset"
    assert note or extra is None


t = threading.Thread(target=load, args=(["a", "", "b", ""],))
t.start()
t.join()
s = threading.Thread(target=inspect, args=("x", "", None))
s.start()
s.join()
count = len(out)
