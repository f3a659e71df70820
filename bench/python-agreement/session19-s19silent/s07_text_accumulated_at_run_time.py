# CPython 3.11.7, 10 runs: ok sentence=ab (10 of 10). weft explore (s19silent): 3 outcome(s), complete; CPython's among them (not predicted: 0).
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
