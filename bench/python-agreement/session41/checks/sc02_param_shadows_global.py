# check: a parameter with a global's name shadows it inside the function only
import threading

limit = 3
seen = []


def check(limit, values):
    for v in values:
        if v > limit:
            seen.append(v)


t = threading.Thread(target=check, args=(5, [1, 4, 6, 9]))
t.start()
t.join()
seen.append(limit)
print(seen)
