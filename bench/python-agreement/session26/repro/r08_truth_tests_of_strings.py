import threading

results: dict[str, int] = {}
lock = threading.Lock()


def classify(name: str, text: str, value) -> None:
    verdict = 0
    if text:
        verdict += 1
    if not value:
        verdict += 10
    while text:
        text = text[1:]
        verdict += 100
    with lock:
        results[name] = verdict


threads = [threading.Thread(target=classify, args=(n, t, v)) for n, t, v in [("a", "", None), ("b", "xy", 0), ("c", "z", "s")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
a = results["a"]
b = results["b"]
c = results["c"]
print(a, b, c)
