"""SILENT ERROR (weft-start): a name bound to `a and b` of comparisons prints as 1/0, not True/False."""
import threading

texts: list[str] = []


def check(n: int, name: str) -> None:
    ok = n > 2 and name == "x"
    both = n > 2 and n < 5
    texts.append(f"ok={ok}")
    texts.append(str(both))


t = threading.Thread(target=check, args=(3, "y"))
t.start()
t.join()
print(texts)
