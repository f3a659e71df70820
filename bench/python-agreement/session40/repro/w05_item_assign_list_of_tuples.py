# Wrong words (from check c116): `scores[i] = (name, pts + extra)` on a module list of tuples is refused with
# "item assignment is supported on shared lists and dicts": `scores` is a shared (module) list; the words
# do not say what is missing (the list holds tuples).
# CPython: prints total=8. Command: weft import bench/python-agreement/session40/repro/w05_item_assign_list_of_tuples.py
import threading

scores = [("ann", 1), ("bob", 2)]


def bump(i, extra):
    name, pts = scores[i]
    scores[i] = (name, pts + extra)


t = threading.Thread(target=bump, args=(0, 5))
t.start()
t.join()
total = sum(p for _, p in scores)
print(f"total={total}")
