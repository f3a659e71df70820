# float(text) of texts two threads take from a shared list: valid and invalid forms, errors counted.
import threading

texts = [" 1_000.5 ", "1__0", "-inf", "1e-3", "0x10", "5.", ".5", "+2_5"]
parsed = []
bad = 0
lock = threading.Lock()


def parse(start):
    global bad
    for i in range(start, len(texts), 2):
        try:
            value = float(texts[i])
        except ValueError:
            with lock:
                bad += 1
            continue
        with lock:
            parsed.append(value)


threads = [threading.Thread(target=parse, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parsed.sort()
print(parsed, bad)
