"""REFUSED: `x = n > 2 and n / 2` is False when n = 0 and a number otherwise; weft cannot print both."""
import threading

texts: list[str] = []


def check(n: int) -> None:
    half = n > 2 and n / 2
    texts.append(f"half={half}")


t = threading.Thread(target=check, args=(0,))
t.start()
t.join()
print(texts)
