# Truth tests of strings and None inside sums and quantifiers over displays (beside bool()).
import threading

texts = {"a": "", "b": "go"}
out: dict = {}
lock = threading.Lock()


def check(key: str, value) -> None:
    with lock:
        text = texts[key]
    out[f"{key}_sum_bool"] = sum([bool(text), bool(value)])
    out[f"{key}_max_bool"] = int(max(bool(text), bool(value)))


for k, v in (("a", None), ("b", 3)):
    t = threading.Thread(target=check, args=(k, v))
    t.start()
    t.join()
count = len(out)
print(sorted(out.items()))
