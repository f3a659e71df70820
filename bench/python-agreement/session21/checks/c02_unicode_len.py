# len, indexing and slicing count characters, not bytes
import queue
import threading

q = queue.Queue()
length = 0
second = ""
backwards = ""
position = 0


def worker():
    global length, second, backwards, position
    word = q.get()
    length = len(word)
    second = word[1]
    backwards = word[::-1]
    position = word.find("l")


t = threading.Thread(target=worker)
t.start()
q.put("héllo")
t.join()
print(length, second, backwards, position)
