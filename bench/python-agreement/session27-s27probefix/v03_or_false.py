"""REFUSED: `n or False` is 0 or False or n: weft cannot print both a bool and a number."""
import threading

texts: list[str] = []


def check(n: int) -> None:
    texts.append(f"{n or False}")


t = threading.Thread(target=check, args=(0,))
t.start()
t.join()
print(texts)
