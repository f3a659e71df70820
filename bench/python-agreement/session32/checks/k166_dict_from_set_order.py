# A dict built from a set comprehension's order, then its first key.
import threading

names = ["cy", "al", "bo", "al"]
first = ""


def work():
    global first
    unique = {n for n in names}
    ranks = {}
    for n in unique:
        ranks[n] = len(ranks)
    for n, r in ranks.items():
        if r == 0:
            first = n


th = threading.Thread(target=work)
th.start()
th.join()
print(first)
