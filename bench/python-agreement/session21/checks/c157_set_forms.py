# other walks of a set: a set comprehension, set(list), a union
import threading

raw = []
lock = threading.Lock()
walk_comp = []
walk_conv = []
walk_union = []


def add(n):
    with lock:
        raw.append(n)


for n in [40, 8, 16, 8]:
    t = threading.Thread(target=add, args=(n,))
    t.start()
    t.join()
uniq = set(raw)
for n in uniq:
    walk_conv.append(n)
doubled = {n * 2 for n in raw}
for n in doubled:
    walk_comp.append(n)
both = uniq | {1}
for n in both:
    walk_union.append(n)
print(walk_conv, walk_comp, walk_union)
