"""f-strings, str() of numbers, ", ".join of strings and a dict keyed by formatted strings."""
import threading

labels = {}
lock = threading.Lock()
joined = ""


def label(n):
    text = f"item-{n:02d}"
    with lock:
        labels[text] = n * n


if __name__ == "__main__":
    threads = [threading.Thread(target=label, args=(n,)) for n in (3, 11, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    count = len(labels)
