"""Names joined into a key and searched with `in` by two workers (str.join of a tuple, `x in s`, ord,
chr); `key` is the last writer's."""
import threading

key = ""
hits = 0
code = 0


def make_key(user, region):
    global key, hits, code
    key = ":".join((region, user, str(len(user))))
    if "eu" in key:
        hits += 1
    code = ord(user[0]) + 1
    key = key + chr(code)


threads = [threading.Thread(target=make_key, args=a) for a in (("ann", "eu-west"), ("bob", "us"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(key, hits, code)
