"""Request paths searched by two workers (find, index with its ValueError, count); `where` is the last
writer's."""
import threading

where = 0
missing = 0
slashes = 0


def look(path):
    global where, missing, slashes
    slashes += path.count("/")
    try:
        where = path.index("?")
    except ValueError:
        missing += 1
        where = path.find("/", 1)


threads = [threading.Thread(target=look, args=(p,)) for p in ("/api/users?id=3", "/static/app/main.js")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(where, missing, slashes)
