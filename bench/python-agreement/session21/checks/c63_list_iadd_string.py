# list += "ab" extends the list by characters
import threading

letters = ["x"]
lock = threading.Lock()


def worker(word):
    global letters
    with lock:
        letters += word


t = threading.Thread(target=worker, args=("ab",))
t.start()
t.join()
print(letters)
