# Workers build strings with join, upper, replace and f-strings, appended to a shared list.
import threading

WORDS = ["alpha", "beta", "gamma"]
out = []
lock = threading.Lock()


def shout(word, index):
    text = "-".join([word.upper(), str(index)])
    tagged = f"<{text.replace('A', 'a')}>"
    with lock:
        out.append(tagged)


threads = [threading.Thread(target=shout, args=(w, i)) for i, w in enumerate(WORDS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.sort()
