# A playlist edited by two threads under a lock with several list methods. No bug.
import threading

playlist = ["b", "d", "a"]
lock = threading.Lock()


def curator():
    with lock:
        playlist.insert(0, "z")
        playlist.remove("d")
        playlist.sort(reverse=True)


def editor():
    with lock:
        playlist.extend(["c", "e"])
        where = playlist.index("a")
        del playlist[where]
        playlist.reverse()


threads = [threading.Thread(target=curator), threading.Thread(target=editor)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(playlist)
