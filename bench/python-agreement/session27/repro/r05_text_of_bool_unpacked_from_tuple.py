"""SILENT ERROR (weft-start): a bool unpacked from a tuple, and min() of bools, print as 1/0."""
import threading

texts: list[str] = []


def check(amount: int, label: str) -> None:
    pair = (amount > 100, label)
    big, name = pair
    texts.append(f"{name}: big={big}")
    smallest = min(amount > 2, amount > 50)
    texts.append(f"min={smallest}")


t = threading.Thread(target=check, args=(5, "order"))
t.start()
t.join()
print(texts)
