import threading

parsed: list[int] = []


def parse(text: str) -> None:
    parsed.append(int(text))


threads = [threading.Thread(target=parse, args=(s,)) for s in ["x", "12"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(parsed)
print(count)
