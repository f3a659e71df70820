# Check: conditional expressions and format specs inside f-strings built in threads. Bug: none.
import threading

labels = []
lock = threading.Lock()


def label(n):
    s = f"{n}:{'even' if n % 2 == 0 else 'odd'}:{n:03d}:{-n if n > 1 else n}"
    with lock:
        labels.append(s)


threads = [threading.Thread(target=label, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
labels.sort()
first = labels[0]
last = labels[-1]
print(f"first={first} last={last} n={len(labels)}")
