import queue
import threading

q = queue.Queue()
sentence = ""


def build():
    global sentence
    text = ""
    while not q.empty():
        text += q.get()
    sentence = text


def fill():
    q.put("a")
    q.put("b")


if __name__ == "__main__":
    f = threading.Thread(target=fill)
    b = threading.Thread(target=build)
    f.start()
    b.start()
    f.join()
    b.join()
