# bool(x) of strings, None, numbers, tuples and comparisons known only at run time.
import threading

texts = {"a": "", "b": "go"}
numbers = {"a": 0, "b": 7}
out: dict = {}
lock = threading.Lock()


def check(key: str, value, pair) -> None:
    with lock:
        text = texts[key]
        n = numbers[key]
    ratio = n / 4
    out[f"{key}_text"] = int(bool(text))
    out[f"{key}_none"] = int(bool(value))
    out[f"{key}_n"] = int(bool(n))
    out[f"{key}_ratio"] = int(bool(ratio))
    out[f"{key}_cmp"] = int(bool(n > 3))
    out[f"{key}_strip"] = int(bool(text.strip()))
    out[f"{key}_upper"] = int(bool(text.upper()))
    out[f"{key}_pair"] = int(bool(pair))
    out[f"{key}_eq"] = int(bool(text) == True)
    out[f"{key}_ne"] = int(bool(text) != bool(value))
    out[f"{key}_not"] = int(not bool(text))
    out[f"{key}_str"] = str(bool(text))
    out[f"{key}_sum"] = bool(text) + bool(n) + 1
    out[f"{key}_or"] = int(bool(text) or bool(value))
    flag = bool(text)
    if flag:
        out[f"{key}_flag"] = 1
    if bool(value):
        out[f"{key}_if"] = 1
    count = 0
    while bool(text) and count < 2:
        count += 1
    out[f"{key}_while"] = count


threads = [
    threading.Thread(target=check, args=(k, v, p)) for k, v, p in (("a", None, ("", 0)), ("b", 4, ("x",)))
]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
print(sorted(out.items()))
