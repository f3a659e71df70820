import threading

WORDS = ["ab", "cde"]
x = 0


def worker(i):
    global x
    w = WORDS[i]
    n = 0
    for ch in w:
        n += 1
    x = n


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
