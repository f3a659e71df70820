# threading.current_thread().name of threads named where they are made, computed with: a test on its
# last character, an item of it, an f-string of it.
import threading

tags = []
firsts = []
lock = threading.Lock()


def work():
    name = threading.current_thread().name
    if name.endswith("1"):
        label = f"{name}-odd"
    else:
        label = f"{name}-even"
    with lock:
        tags.append(label)
        firsts.append(name[-1])


threads = [threading.Thread(target=work, name=f"worker{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(tags), sorted(firsts))
