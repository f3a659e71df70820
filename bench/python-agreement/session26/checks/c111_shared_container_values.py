import threading

items: list[int] = []
table: dict[str, int] = {}
out: dict[str, int] = {}
lock = threading.Lock()


def fill() -> None:
    for v in (4, -2, 9, 4):
        with lock:
            items.append(v)
    with lock:
        table["a"] = 1
        table["b"] = 5


def read() -> None:
    with lock:
        out["sum"] = sum(items)
        out["min"] = min(items)
        out["max"] = max(items)
        out["last"] = items[-1]
        out["second_last"] = items[-2]
        out["tail_len"] = len(items[1:])
        out["get_default"] = table.get("zz", 7)
        out["pop_default"] = table.pop("zz", 8)
        out["setdefault"] = table.setdefault("c", 3)
        out["pop_existing"] = table.pop("a")
        out["list_pop"] = items.pop()
        out["list_pop0"] = items.pop(0)
        out["len_after"] = len(items)
        out["table_len"] = len(table)
        out["neg_range_sum"] = sum(range(5, 0, -2))


t = threading.Thread(target=fill)
t.start()
t.join()
r = threading.Thread(target=read)
r.start()
r.join()
n = len(out)
