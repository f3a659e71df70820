# REFUSED: repr() of a dict display with a value known only at run time (weft gave "{'': None}" in
# every run before session 26; str() and len() of one faulted).
import threading

codes = {"a": 200}
out: dict = {}


def handle(key: str) -> None:
    code = codes[key]
    out[key] = repr({"k": code})


t = threading.Thread(target=handle, args=("a",))
t.start()
t.join()
count = len(out)
