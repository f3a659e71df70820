"""SILENT ERROR (weft-start): the text of a tuple holding a bool made at run time has 1/0 for True/False."""
import threading

texts: list[str] = []


def check(n: int, name: str) -> None:
    pair = (name, n > 2)
    texts.append(str(pair))
    texts.append(f"{(n, n < 0)}")


t = threading.Thread(target=check, args=(3, "y"))
t.start()
t.join()
print(texts)
