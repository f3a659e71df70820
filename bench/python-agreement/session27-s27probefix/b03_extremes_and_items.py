"""Bools through max/min/sorted, a display's item, a comprehension, a dict value; sum of bools is an int."""
import threading

texts: list[str] = []
status: dict[str, bool] = {}


def check(n: int) -> None:
    biggest = max(n > 2, False)
    smallest = min([n > 2, n > 50])
    first = [n > 2][0]
    last = sorted([n > 2, False])[1]
    texts.append(f"{biggest} {smallest} {first} {last}")
    inside = [k > 1 and k < 3 for k in range(n)]
    texts.append(f"{inside[2]}")
    status["small"] = n < 5 and n > 0
    small = status["small"]
    texts.append(f"small={small}")
    total = sum([n > 2, n > 1, n > 10])
    texts.append(f"total={total}")


t = threading.Thread(target=check, args=(3,))
t.start()
t.join()
print(texts)
