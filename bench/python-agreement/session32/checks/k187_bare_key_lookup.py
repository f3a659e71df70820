# A bare d[key] statement used as an existence check: KeyError when missing.
import threading

users = {"al": 1, "bo": 2}
missing = 0


def check(names):
    global missing
    for n in names:
        try:
            users[n]
        except KeyError:
            missing += 1


t = threading.Thread(target=check, args=(["al", "cy", "dee"],))
t.start()
t.join()
print(missing)
