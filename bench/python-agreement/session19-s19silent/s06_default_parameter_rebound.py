# CPython 3.11.7, 10 runs: ok items[0]=job len(items)=1 len(results)=1 results[0]=none (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import threading

items = []
results = []


def take(tag="none"):
    if items:
        tag = items.pop()
    results.append(tag)


def give():
    items.append("job")


if __name__ == "__main__":
    t = threading.Thread(target=take)
    u = threading.Thread(target=give)
    t.start()
    u.start()
    t.join()
    u.join()
