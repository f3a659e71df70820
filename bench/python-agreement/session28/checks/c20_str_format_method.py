import threading

rows: list[str] = []


def row(name: str, score: int) -> None:
    rows.append("{:<6}|{:>4}|{:^7}".format(name, score, "ok"))


t = threading.Thread(target=row, args=("ann", 42))
t.start()
t.join()
print(rows)
assert rows == ["ann   |  42|  ok   "]
