"""SILENT ERROR (weft-start): a bool that passes through max(), a list display's index or sorted() prints as 1."""
import threading

texts: list[str] = []


def check(n: int) -> None:
    biggest = max(n > 2, False)
    first = [n > 2][0]
    last = sorted([n > 2, False])[1]
    texts.append(f"{biggest} {first} {last}")


t = threading.Thread(target=check, args=(3,))
t.start()
t.join()
print(texts)
