"""SILENT ERROR (weft-start): a name bound to `c if cond else False` prints as 1, not True."""
import threading

texts: list[str] = []


def check(n: int, name: str) -> None:
    ready = n > 2 if name else False
    texts.append(f"ready={ready}")


t = threading.Thread(target=check, args=(3, "y"))
t.start()
t.join()
print(texts)
