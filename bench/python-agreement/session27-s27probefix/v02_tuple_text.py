"""REFUSED: the text of a tuple holding a bool (`str((name, n > 2))`): weft's tuple holds 1, not True."""
import threading

texts: list[str] = []


def check(n: int, name: str) -> None:
    pair = (name, n > 2)
    texts.append(str(pair))


t = threading.Thread(target=check, args=(3, "y"))
t.start()
t.join()
print(texts)
