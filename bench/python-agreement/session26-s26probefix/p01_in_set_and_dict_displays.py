# Membership in set and dict displays written at the test, with keys known only at run time.
import threading

codes = {"a": 200, "b": 503, "c": 429}
labels = {"a": "ok", "b": "created", "c": ""}
out: dict = {}
lock = threading.Lock()


def handle(key: str, limit: int) -> None:
    with lock:
        code = codes[key]
        label = labels[key]
    out[f"{key}_set"] = int(code in {429, 503})
    out[f"{key}_notset"] = int(code not in {429, 503})
    out[f"{key}_dict"] = int(label in {"ok": 200, "created": 201})
    out[f"{key}_notdict"] = int(label not in {"ok": 200, "created": limit})
    out[f"{key}_runtime"] = int(code in {limit, code - 1})
    out[f"{key}_mixed"] = int(code in {"ok", None, 200})
    out[f"{key}_tuple"] = int((label, code) in {("ok", 200), ("", 429)})
    out[f"{key}_bool"] = int((code > 300) in {True})
    out[f"{key}_cond"] = int(code in {1 if limit > 5 else 429, 7})
    if label in {"", "created"}:
        out[f"{key}_if"] = 1
    while code in {429}:
        code = 0
    out[f"{key}_while"] = code


for k, n in (("a", 3), ("b", 504), ("c", 9)):
    t = threading.Thread(target=handle, args=(k, n))
    t.start()
    t.join()
count = len(out)
print(sorted(out.items()))
