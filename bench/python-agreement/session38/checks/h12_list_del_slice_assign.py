# ordered
# del of a list item and slice assignment in a thread.
import threading

log = []
playlist = ["a", "b", "c", "d", "e"]


def edit():
    del playlist[0]
    playlist[1:3] = ["x"]
    playlist.insert(1, "y")
    for song in playlist:
        log.append(song)


t = threading.Thread(target=edit)
t.start()
t.join()
print(log)
