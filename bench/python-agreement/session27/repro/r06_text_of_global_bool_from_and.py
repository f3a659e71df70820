"""SILENT ERROR (weft-start): a module global (None at first) that a thread sets to `a and b` prints as 1 in main."""
import threading

result = None
text = ""


def check(n: int) -> None:
    global result
    result = n > 2 and n < 5


t = threading.Thread(target=check, args=(3,))
t.start()
t.join()
text = f"result={result}"
print(text)
